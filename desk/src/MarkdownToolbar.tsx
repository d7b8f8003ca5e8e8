import type { RefObject } from 'preact';

const ACTIONS: { label: string; before: string; after: string; line?: boolean }[] = [
  { label: 'Gras', before: '**', after: '**' },
  { label: 'Italique', before: '*', after: '*' },
  { label: 'Lien', before: '[', after: '](https://)' },
  { label: 'Intertitre', before: '## ', after: '', line: true },
  { label: 'Liste', before: '- ', after: '', line: true },
  { label: 'Citation', before: '> ', after: '', line: true },
];

/** Wraps the selection of the Texte area in Markdown, or starts its line with a marker. */
export function MarkdownToolbar(props: { target: RefObject<HTMLTextAreaElement | null>; value: string; onChange: (value: string) => void }) {
  const apply = (action: (typeof ACTIONS)[number]) => {
    const area = props.target.current;
    if (!area) return;
    const { selectionStart: start, selectionEnd: end } = area;
    const value = props.value;
    let next: string;
    let caret: number;
    if (action.line) {
      const lineStart = value.lastIndexOf('\n', start - 1) + 1;
      next = value.slice(0, lineStart) + action.before + value.slice(lineStart);
      caret = end + action.before.length;
    } else {
      next = value.slice(0, start) + action.before + value.slice(start, end) + action.after + value.slice(end);
      caret = end + action.before.length;
    }
    props.onChange(next);
    requestAnimationFrame(() => {
      area.focus();
      area.setSelectionRange(caret, caret);
    });
  };
  return (
    <div class="toolbar" role="toolbar" aria-label="Mise en forme du texte" aria-controls="field-body">
      {ACTIONS.map((action) => (
        <button type="button" key={action.label} onClick={() => apply(action)}>{action.label}</button>
      ))}
    </div>
  );
}
