'use client';

import { useCombobox } from 'downshift';
import { useEffect, useState } from 'react';
import { fetchLookup } from './fetch-lookup';
import { Field, inputClass } from './form-controls';

// A search-as-you-type picker for records too many to list (people, organizations, sources): the
// ARIA 1.2 combobox pattern (a text input with role combobox controlling a listbox), from
// downshift's useCombobox, which does the roles, states and keys (arrows, Home/End, Enter to
// choose, Escape to close and a second Escape to clear); the markup and styles are ours. What the
// form sends is the chosen record's id, in a hidden input named `name`; the text field itself has
// no name, so typed text that was never chosen is not sent as if it were a choice.

export type ComboboxOption = { id: string; label: string; detail: string | null };

/** A pause in typing this long sends the search: one request per word or so, not per key. */
const SEARCH_DELAY_MS = 200;

type Search =
  | { status: 'idle' }
  | { status: 'searching' }
  | { status: 'found'; count: number }
  | { status: 'failed'; message: string };

type Props = {
  /** The text input's id: its label's `for`, and the stem of the listbox's and options' ids. */
  id: string;
  /** The name under which the chosen option's id is sent. */
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  /** Where matches come from: GET `${endpoint}?q=…` answering `{ data: ComboboxOption[] }`. */
  endpoint: string;
  selected: ComboboxOption | null;
  onSelectedChange: (option: ComboboxOption | null) => void;
};

export function ComboboxField({ id, name, label, hint, errors, endpoint, selected, onSelectedChange }: Props) {
  const [items, setItems] = useState<ComboboxOption[]>([]);
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState<Search>({ status: 'idle' });

  useEffect(() => {
    if (!query.trim()) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetchLookup<ComboboxOption[]>(`${endpoint}?q=${encodeURIComponent(query)}`, controller.signal)
        .then((result) => {
          setItems(result.ok ? result.data : []);
          setSearch(
            result.ok ? { status: 'found', count: result.data.length } : { status: 'failed', message: result.message },
          );
        })
        // Aborted: the editor typed on, and the newer search answers instead.
        .catch(() => {});
    }, SEARCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [endpoint, query]);

  const { isOpen, highlightedIndex, getInputProps, getMenuProps, getItemProps } = useCombobox<ComboboxOption>({
    id: `${id}-combobox`,
    inputId: id,
    labelId: `${id}-label`,
    menuId: `${id}-listbox`,
    getItemId: (index) => `${id}-option-${index}`,
    items,
    itemToString: (item) => item?.label ?? '',
    itemToKey: (item) => item?.id ?? null,
    selectedItem: selected,
    initialInputValue: selected?.label ?? '',
    onSelectedItemChange: ({ selectedItem }) => onSelectedChange(selectedItem ?? null),
    onInputValueChange: ({ inputValue, type }) => {
      if (type !== useCombobox.stateChangeTypes.InputChange) return;
      // Typing over a choice undoes it: the form must not send an id the field no longer shows.
      if (selected && inputValue !== selected.label) onSelectedChange(null);
      setQuery(inputValue);
      if (inputValue.trim()) {
        setSearch({ status: 'searching' });
      } else {
        setItems([]);
        setSearch({ status: 'idle' });
      }
    },
    // Undoing the choice (above) makes downshift set the text to the empty choice's: keep what is typed.
    stateReducer: (state, { type, changes }) =>
      type === useCombobox.stateChangeTypes.ControlledPropUpdatedSelectedItem && !changes.selectedItem
        ? { ...changes, inputValue: state.inputValue }
        : changes,
  });

  const statusId = `${id}-status`;
  const listShown = isOpen && items.length > 0;
  return (
    <Field id={id} label={label} labelId={`${id}-label`} hint={hint} errors={errors}>
      {(describedBy, invalid) => (
        <div className="relative">
          <input type="hidden" name={name} value={selected?.id ?? ''} />
          <input
            {...getInputProps({
              type: 'text',
              autoComplete: 'off',
              spellCheck: false,
              // Expanded only while there is a list to see: downshift counts the menu open as soon as one types.
              'aria-expanded': listShown,
              'aria-invalid': invalid || undefined,
              'aria-describedby': [describedBy, statusId].filter(Boolean).join(' '),
              className: inputClass,
            })}
          />
          <ul
            {...getMenuProps()}
            className={
              listShown
                ? 'absolute z-10 mt-1 max-h-80 w-full overflow-auto rounded border border-stone-500 bg-white py-1 shadow-lg'
                : 'hidden'
            }
          >
            {listShown
              ? items.map((item, index) => (
                  <li
                    key={item.id}
                    {...getItemProps({ item, index })}
                    className={`cursor-pointer px-3 py-2 ${index === highlightedIndex ? 'bg-stone-200' : ''} ${item.id === selected?.id ? 'font-semibold' : ''}`}
                  >
                    <span className="block">{item.label}</span>
                    {item.detail ? <span className="block text-sm text-stone-700">{item.detail}</span> : null}
                  </li>
                ))
              : null}
          </ul>
          <p id={statusId} aria-live="polite" className="mt-1 min-h-5 text-sm text-stone-700">
            {searchMessage(search, selected)}
          </p>
        </div>
      )}
    </Field>
  );
}

function searchMessage(search: Search, selected: ComboboxOption | null): string {
  if (search.status === 'searching') return 'Searching…';
  if (search.status === 'failed') return search.message;
  // What tells the choice from its namesakes (a source's outlet, date and address), to confirm it.
  if (selected) return selected.detail ?? '';
  if (search.status === 'found') {
    return search.count === 0
      ? 'Nothing found: try other or fewer words.'
      : `${search.count === 1 ? 'One match' : `${search.count} matches`}: choose with the arrow keys and Enter, or tap one.`;
  }
  return '';
}
