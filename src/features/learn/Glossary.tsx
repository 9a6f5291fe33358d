import './learn-base.css';
import { GLOSSARY, TERM_IDS } from '../../ui/glossary.ts';

/** Every term the page uses, with its definition and where the book explains it. */
export function Glossary() {
  return (
    <>
      <div className="card-head">
        <h2 id="glossary-title">Glossary</h2>
      </div>
      <details className="glossary">
        <summary>Every term this page uses, in plain words ({TERM_IDS.length} terms)</summary>
        <dl>
          {TERM_IDS.map((id) => (
            <div key={id} className="glossary-entry" id={`glossary-${id}`}>
              <dt>{GLOSSARY[id].term}</dt>
              <dd>
                {GLOSSARY[id].definition}{' '}
                <a href={GLOSSARY[id].source.href} target="_blank" rel="noreferrer">
                  {GLOSSARY[id].source.text}
                </a>
              </dd>
            </div>
          ))}
        </dl>
      </details>
    </>
  );
}
