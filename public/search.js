/*
 * The search page's script: Pagefind's JavaScript API, loaded only on the search page and only when there is
 * something to find; results are filtered to the page's edition. A file of its own, not a script Astro bundles:
 * Vite rewrites a bundled script's dynamic import, which breaks the import of a module that exists only after the
 * build (pagefind/pagefind.js, written by scripts/build.ts); and not inline, so that the Content-Security-Policy
 * can allow the site's own scripts and no other (public/_headers).
 */
const SHOWN = 10; // how many results are listed; Pagefind ranks them
const form = document.querySelector('#search-form');
const input = form.querySelector('input[name=q]');
const status = document.querySelector('#search-status');
const list = document.querySelector('#search-results');
const { edition, base } = form.dataset;
// the page's language gives the messages, with {count}, {term} and {shown} to fill in; Pagefind searches the
// index of the page's language (its <html lang>)
const words = JSON.parse(form.dataset.words);
const fill = (text, values) => text.replace(/\{(\w+)\}/g, (_, key) => String(values[key]));
let loaded;

function pagefind() {
  loaded ??= import(`${base}pagefind/pagefind.js`).then(async (module) => {
    await module.options({ baseUrl: base });
    return module;
  });
  return loaded;
}

async function find(term) {
  list.replaceChildren();
  if (term.trim() === '') {
    status.textContent = '';
    return;
  }
  status.textContent = words.searching;
  try {
    const { results } = await (await pagefind()).search(term, { filters: { edition } });
    const found = await Promise.all(results.slice(0, SHOWN).map((r) => r.data()));
    const values = { count: results.length, term, shown: SHOWN };
    status.textContent =
      results.length === 0
        ? fill(words.none, values)
        : fill(results.length === 1 ? words.foundOne : words.found, values) +
          (results.length > SHOWN ? fill(words.best, values) : ':');
    list.replaceChildren(
      ...found.map((page) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = page.url;
        link.textContent = page.meta.title ?? page.url;
        const excerpt = document.createElement('p');
        // Pagefind escapes the page's text and marks the words found with <mark>
        excerpt.innerHTML = page.excerpt;
        item.append(link, excerpt);
        return item;
      }),
    );
  } catch {
    status.textContent = words.failed;
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const address = new URL(location.href);
  address.searchParams.set('q', input.value);
  history.replaceState(null, '', address);
  void find(input.value);
});
// a search sent from the form in the header of another page arrives as ?q=
input.value = new URLSearchParams(location.search).get('q') ?? '';
void find(input.value);
