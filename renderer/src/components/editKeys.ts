import type { KeyboardEvent } from 'react';

/** Enter ends the edit (stores it), Escape takes it back; both leave the field. */
export function editKeys(field: { cancel(): void }) {
  return (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && e.currentTarget instanceof HTMLInputElement) e.currentTarget.blur();
    if (e.key === 'Escape') {
      field.cancel();
      e.currentTarget.blur();
    }
  };
}
