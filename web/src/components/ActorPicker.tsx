// Choosing an actor by typing part of a name or an alias: an ARIA combobox with a listbox of matches
// (arrows move, Enter chooses, Escape closes). It asks the API only while someone types.
import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useState } from 'react';
import { graphql } from '../gql/index.ts';
import { kindLabel } from '../kinds.ts';
import './ActorPicker.css';

const ActorPickerQuery = graphql(`
  query ActorPicker($name: String!) {
    actors(name: $name, first: 8) {
      edges {
        node {
          key
          name
          kind
          aliases
        }
      }
    }
  }
`);

const MIN_LETTERS = 2;
const TYPING_PAUSE_MS = 200;

export interface ChosenActor {
  key: string;
  name: string;
}

export function ActorPicker(props: {
  label: string;
  chosen: ChosenActor | null;
  onChoose: (actor: ChosenActor) => void;
}) {
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState(props.chosen?.name ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [searched, setSearched] = useState('');

  // The field shows the chosen actor's name when the choice changes from outside (the URL).
  const chosenName = props.chosen?.name ?? '';
  useEffect(() => setText(chosenName), [chosenName]);

  // Asks once typing pauses, not at every letter.
  useEffect(() => {
    const timer = setTimeout(() => setSearched(text.trim()), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const { data, loading } = useQuery(ActorPickerQuery, {
    variables: { name: searched },
    skip: !open || searched.length < MIN_LETTERS,
  });
  const matches = open && searched.length >= MIN_LETTERS ? (data?.actors.edges.map((e) => e.node) ?? []) : [];
  const expanded = open && matches.length > 0;

  const choose = (actor: ChosenActor) => {
    setText(actor.name);
    setOpen(false);
    setActive(-1);
    props.onChoose({ key: actor.key, name: actor.name });
  };

  const status = !open
    ? ''
    : searched.length < MIN_LETTERS
      ? `Type at least ${MIN_LETTERS} letters.`
      : loading
        ? 'Searching…'
        : `${matches.length === 0 ? 'No' : matches.length} ${matches.length === 1 ? 'actor matches' : 'actors match'}.`;

  return (
    <div className="actor-picker">
      <label htmlFor={id}>{props.label}</label>
      <div className="picker-field">
        <input
          id={id}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${id}-option-${active}` : undefined}
          aria-describedby={`${id}-status`}
          autoComplete="off"
          spellCheck={false}
          placeholder="Type a name"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onBlur={() => setOpen(false)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              if (!expanded) {
                setOpen(true);
                return;
              }
              const step = event.key === 'ArrowDown' ? 1 : -1;
              setActive((current) => (current + step + matches.length) % matches.length);
            } else if (event.key === 'Enter' && expanded) {
              event.preventDefault();
              const match = matches[active] ?? matches[0];
              if (match) choose(match);
            } else if (event.key === 'Escape') {
              if (open) setOpen(false);
              else setText(chosenName);
            }
          }}
        />
        <div id={listId} role="listbox" aria-label={`${props.label}: matching actors`} hidden={!expanded}>
          {matches.map((actor, index) => {
            const alias = aliasMatching(actor, searched);
            return (
              <div
                key={actor.key}
                id={`${id}-option-${index}`}
                role="option"
                aria-selected={index === active}
                // Focus stays in the field (aria-activedescendant points at the option), as the pattern wants.
                tabIndex={-1}
                // Chosen on mousedown, before the field's blur closes the list.
                onMouseDown={(event) => {
                  event.preventDefault();
                  choose(actor);
                }}
              >
                <span className="picker-name">{actor.name}</span>{' '}
                <span className="picker-detail">
                  {kindLabel(actor.kind)}
                  {alias && `, also called “${alias}”`}
                </span>
              </div>
            );
          })}
        </div>
      </div>
      <p id={`${id}-status`} className="picker-status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}

/** The alias the typed text matched, when it is not in the name itself. */
function aliasMatching(actor: { name: string; aliases: readonly string[] }, typed: string): string | undefined {
  const lower = typed.toLowerCase();
  if (actor.name.toLowerCase().includes(lower)) return undefined;
  return actor.aliases.find((alias) => alias.toLowerCase().includes(lower));
}
