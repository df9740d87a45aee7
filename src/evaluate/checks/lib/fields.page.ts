/**
 * Form fields, as the RGAA glossary defines them (« Champ de saisie de formulaire »): native fields
 * that take input, and elements given a field's ARIA role. The checks of theme 11 build their
 * selectors from these.
 */

/** Native fields (no hidden input, no button). */
export const NATIVE_FIELDS = 'input:not([type=hidden]):not([type=submit]):not([type=reset]):not([type=button]):not([type=image]), select, textarea';

/** The ARIA roles of a form field. */
export const FIELD_ROLES = ['textbox', 'combobox', 'listbox', 'searchbox', 'spinbutton', 'slider', 'checkbox', 'radio', 'switch'];

/** A selector for elements with one of these roles. */
export const withRole = (roles: string[]): string => roles.map((r) => `[role=${r}]`).join(', ');

/** Every form field: native ones and ARIA widgets. */
export const FIELDS = `${NATIVE_FIELDS}, ${withRole(FIELD_ROLES)}`;

/** Fields whose label goes after them (RGAA 11.4.3): checkboxes, radio buttons, switches. */
export const CHECKABLE = 'input[type=checkbox], input[type=radio], [role=checkbox], [role=radio], [role=switch]';
