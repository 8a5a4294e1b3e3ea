/** Small DOM helpers: elements are built with textContent, never innerHTML from data. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function status(text, kind = 'info') {
  const box = document.getElementById('status');
  box.className = `status ${kind}`;
  box.textContent = text;
}

/** Shows an API error's field messages in the given element (role=alert). */
export function showError(target, error) {
  const messages = error && error.messages ? error.messages() : [String(error && error.message || error)];
  target.replaceChildren(el('ul', {}, messages.map((m) => el('li', { text: m }))));
  target.hidden = false;
}
