import { useState } from 'preact/hooks';
import { topicNames } from './article';
import { FieldErrors, describedBy } from './Field';

/** Sujets: names added one at a time, suggested from GET /topics, each removable. */
export function TopicsInput(props: { value: string; known: string[]; messages?: string[]; onChange: (value: string) => void }) {
  const [typed, setTyped] = useState('');
  const names = topicNames(props.value);
  const add = () => {
    const name = typed.trim();
    if (name && !names.some((n) => n.toLowerCase() === name.toLowerCase())) props.onChange([...names, name].join(', '));
    setTyped('');
  };
  return (
    <div class="field">
      <label for="field-topics">Sujets</label>
      <div class="topics">
        {names.map((name) => (
          <span class="topic" key={name}>
            {name}
            <button type="button" aria-label={`Retirer le sujet ${name}`} onClick={() => props.onChange(names.filter((n) => n !== name).join(', '))}>×</button>
          </span>
        ))}
        <input
          id="field-topics" type="text" list="known-topics" value={typed}
          aria-describedby={describedBy('field-topics', props.messages)}
          onInput={(e) => setTyped(e.currentTarget.value)}
          onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ',') { e.preventDefault(); add(); } }}
        />
        <button type="button" onClick={add}>Ajouter le sujet</button>
      </div>
      <datalist id="known-topics">
        {props.known.map((name) => <option value={name} key={name} />)}
      </datalist>
      <FieldErrors id="field-topics" messages={props.messages} />
    </div>
  );
}
