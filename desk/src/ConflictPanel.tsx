import { useState } from 'preact/hooks';
import { type ArticleFields, FIELD_LABELS } from './article';
import { type Choice, type FieldComparison, defaultChoices, mergeFields } from './merge';

/**
 * Shown when a save got 412: the editor's version and the one saved meanwhile, field by field,
 * to keep theirs, take the other, or merge by field. Nothing is overwritten without a choice.
 */
export function ConflictPanel(props: {
  comparisons: FieldComparison[]; mine: ArticleFields; theirs: ArticleFields; otherName: string;
  onResolve: (fields: ArticleFields) => void;
}) {
  const [choices, setChoices] = useState(defaultChoices(props.comparisons));
  const differing = props.comparisons.filter((c) => c.state !== 'same');
  return (
    <section class="conflict" role="alertdialog" aria-labelledby="conflict-title" aria-describedby="conflict-text">
      <h2 id="conflict-title">Conflit de versions</h2>
      <p id="conflict-text">
        {props.otherName || 'Quelqu’un'} a enregistré cet article pendant que vous l’écriviez. Choisissez pour chaque champ la version à garder.
      </p>
      <table>
        <thead><tr><th scope="col">Champ</th><th scope="col">Votre version</th><th scope="col">L’autre version</th></tr></thead>
        <tbody>
          {differing.map((c) => (
            <tr key={c.field} class={`state-${c.state}`}>
              <th scope="row">{FIELD_LABELS[c.field]}</th>
              {(['mine', 'theirs'] as Choice[]).map((side) => (
                <td key={side}>
                  <label>
                    <input type="radio" name={`choice-${c.field}`} checked={choices[c.field] === side}
                      onChange={() => setChoices({ ...choices, [c.field]: side })} />
                    <span class="sr-only">{side === 'mine' ? 'Garder ma version de ' : 'Prendre l’autre version de '}{FIELD_LABELS[c.field]}</span>
                    <span class="value">{(side === 'mine' ? c.mine : c.theirs) || '(vide)'}</span>
                  </label>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div class="actions">
        <button type="button" onClick={() => props.onResolve(props.mine)}>Garder ma version</button>
        <button type="button" onClick={() => props.onResolve(props.theirs)}>Prendre l’autre version</button>
        <button type="button" onClick={() => props.onResolve(mergeFields(props.mine, props.theirs, choices))}>Fusionner champ par champ</button>
      </div>
    </section>
  );
}
