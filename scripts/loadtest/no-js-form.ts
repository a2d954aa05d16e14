// What a browser without JavaScript sends when a form is submitted: every successful control of the
// form, hidden ones included (a server action's id and bound state travel in hidden inputs). The
// load test's editors save through these forms, so they exercise the same path as a person on a
// slow phone, with no browser to drive.
import { parse, type HTMLElement } from 'node-html-parser';

/** The fields of the first POST form in `html` that has a control named `controlName`, as the browser would send them. */
export function noJsFormData(html: string, controlName: string): FormData {
  const form = parse(html)
    .querySelectorAll('form[method="POST"]')
    .find((candidate) => candidate.querySelector(`[name="${controlName}"]`));
  if (!form) throw new Error(`no POST form with a control named ${controlName}`);
  const data = new FormData();
  for (const control of form.querySelectorAll('input[name], textarea[name], select[name]')) {
    const name = control.getAttribute('name')!;
    const value = controlValue(control);
    if (value !== undefined) data.append(name, value);
  }
  return data;
}

function controlValue(control: HTMLElement): string | undefined {
  if (control.hasAttribute('disabled')) return undefined;
  switch (control.tagName) {
    case 'TEXTAREA':
      return control.textContent;
    case 'SELECT': {
      const options = control.querySelectorAll('option');
      const chosen = options.find((option) => option.hasAttribute('selected')) ?? options[0];
      return chosen ? (chosen.getAttribute('value') ?? chosen.textContent) : undefined;
    }
    default: {
      const type = control.getAttribute('type') ?? 'text';
      if ((type === 'checkbox' || type === 'radio') && !control.hasAttribute('checked')) return undefined;
      if (type === 'submit' || type === 'button' || type === 'file') return undefined;
      return control.getAttribute('value') ?? (type === 'checkbox' || type === 'radio' ? 'on' : '');
    }
  }
}
