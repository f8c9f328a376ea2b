/**
 * html-validate's configuration for tests/e2e/html-valid.test.ts: its recommended rules over every
 * built page. A rule is narrowed or turned off here only with the reason beside it.
 */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // The table of every observation on a data page (ObservationTable.astro) is shown as stacked
    // blocks on a phone (`display: block` on its rows and cells), which makes browsers drop its table
    // semantics from the accessibility tree; the explicit table roles put them back for screen
    // readers. Only these roles are exempt: any other role repeating its element's is still an error.
    'no-redundant-role': ['error', { exclude: ['table', 'rowgroup', 'row', 'columnheader', 'rowheader', 'cell'] }],
  },
};
