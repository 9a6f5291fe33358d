import { useEffect, useState } from 'react';
import { useAppStore } from '../../store/app-store.ts';
import { announcementFor } from './announcements.ts';

/** A polite live region for news the page shows elsewhere without a voice: data loaded, epochs, the end of a run. */
export function Announcer() {
  const [text, setText] = useState('');
  useEffect(() => {
    let lastEpochNews = -Infinity;
    return useAppStore.subscribe((state, previous) => {
      const news = announcementFor(state, previous, performance.now() - lastEpochNews);
      if (!news) return;
      if (news.epoch) lastEpochNews = performance.now();
      setText(news.text);
    });
  }, []);
  return (
    <p className="visually-hidden" role="status" aria-live="polite">
      {text}
    </p>
  );
}
