import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isValidElement, type ReactElement, type ReactNode } from 'react';
import GlobalError from './global-error';

// The page shown when the root layout itself fails. React cannot render to HTML under the
// react-server condition these tests run with, so the element tree is read directly.

type Props = { children?: ReactNode; onClick?: () => void };

/** Every element of the tree, depth first. */
function elements(node: ReactNode): ReactElement<Props>[] {
  if (Array.isArray(node)) return node.flatMap(elements);
  if (!isValidElement<Props>(node)) return [];
  return [node, ...elements(node.props.children)];
}

/** The text of the tree. */
function text(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(text).join('');
  return isValidElement<Props>(node) ? text(node.props.children) : '';
}

const render = (error: unknown, retry = () => {}) => GlobalError({ error, retry });

test('is a whole document of its own, since it replaces the root layout', () => {
  const tree = render(new Error('boom'));
  assert.equal(tree.type, 'html');
  assert.deepEqual(
    elements(tree)
      .map((element) => element.type)
      .filter((type) => ['html', 'body', 'title', 'h1'].includes(type as string)),
    ['html', 'body', 'title', 'h1'],
  );
  assert.match(text(tree), /Something went wrong/);
});

test('shows the digest the server logged, and nothing of the error message', () => {
  const error = Object.assign(new Error('database password is hunter2'), { digest: '1234567' });
  const shown = text(render(error));
  assert.match(shown, /Reference: 1234567/);
  assert.doesNotMatch(shown, /hunter2/);
  assert.doesNotMatch(text(render('a thrown string')), /Reference/);
});

test('its button tries the page again', () => {
  let retried = 0;
  const button = elements(render(new Error('boom'), () => retried++)).find((element) => element.type === 'button');
  assert.equal(text(button), 'Try again');
  button!.props.onClick!();
  assert.equal(retried, 1);
});
