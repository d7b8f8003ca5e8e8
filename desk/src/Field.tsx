import type { ComponentChildren } from 'preact';

/** The messages the API gave for a field, linked to its input by aria-describedby. */
export function FieldErrors(props: { id: string; messages?: string[] }) {
  if (!props.messages?.length) return null;
  return (
    <p id={`${props.id}-error`} class="field-error" role="alert">
      {props.messages.join(' ; ')}
    </p>
  );
}

export function describedBy(id: string, messages?: string[]): string | undefined {
  return messages?.length ? `${id}-error` : undefined;
}

/** A labelled text input with its errors. */
export function TextField(props: {
  id: string; label: string; value: string; messages?: string[]; onInput: (value: string) => void; children?: ComponentChildren;
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id} type="text" value={props.value}
        aria-invalid={props.messages?.length ? 'true' : undefined}
        aria-describedby={describedBy(props.id, props.messages)}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
      <FieldErrors id={props.id} messages={props.messages} />
      {props.children}
    </div>
  );
}
