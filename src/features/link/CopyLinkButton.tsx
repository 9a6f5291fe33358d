import { useState } from 'react';

/** Copies the address, which always holds every setting and the seed, so the link reproduces the configuration. */
export function CopyLinkButton() {
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <span className="copy-link">
      <button type="button" onClick={() => void copy()} title="The address holds every setting and the seed">
        Copy link to these settings
      </button>
      <span role="status" className="hint">
        {copied === 'copied' ? 'Copied.' : copied === 'failed' ? 'Copy the address bar: it holds the settings.' : ''}
      </span>
    </span>
  );
}
