// Search page: query the Pagefind index and list results grouped by kind.
// The site root is found from this script's own address (static/ is one level below
// it), so the same file works at a domain root, under a sub-path and from file://.
const root = new URL("../", import.meta.url);
const KINDS = ["People", "Quotes", "Events", "Articles", "Sources"];
const LIMIT = 60;

const input = document.querySelector("[data-search-query]");
const status = document.querySelector("[data-search-status]");
const results = document.querySelector("[data-search-results]");

function pageUrl(url) {
  const target = new URL(url.replace(/^\//, ""), root);
  // file:// shows a folder listing, not its index page.
  if (target.protocol === "file:" && target.pathname.endsWith("/")) target.pathname += "index.html";
  return target.href;
}

function render(groups, total, query) {
  results.replaceChildren();
  for (const kind of KINDS) {
    const items = groups.get(kind);
    if (!items) continue;
    const section = document.createElement("section");
    section.className = "search-group";
    section.dataset.kind = kind;
    const heading = document.createElement("h2");
    heading.textContent = `${kind} (${items.length})`;
    const list = document.createElement("ul");
    list.className = "search-results";
    for (const item of items) {
      const li = document.createElement("li");
      const link = document.createElement("a");
      link.href = pageUrl(item.url);
      link.textContent = item.meta.title || item.url;
      const excerpt = document.createElement("p");
      excerpt.innerHTML = item.excerpt; // Pagefind escapes page text; only <mark> is markup
      li.append(link, excerpt);
      list.append(li);
    }
    section.append(heading, list);
    results.append(section);
  }
  status.textContent = total
    ? `${total} result${total === 1 ? "" : "s"} for “${query}”${total > LIMIT ? `, the first ${LIMIT} shown` : ""}.`
    : `Nothing found for “${query}”.`;
}

async function run() {
  const query = new URLSearchParams(location.search).get("q")?.trim() || "";
  input.value = query;
  if (!query) {
    status.textContent = "Type a name, a phrase from a quote or an event.";
    return;
  }
  status.textContent = "Searching…";
  let pagefind;
  try {
    pagefind = await import(new URL("pagefind/pagefind.js", root).href);
    await pagefind.options({ baseUrl: "/" });
  } catch (error) {
    status.textContent = "The search index is not available here (it needs the site served over http, and built with search on).";
    return;
  }
  const search = await pagefind.search(query);
  const data = await Promise.all(search.results.slice(0, LIMIT).map((r) => r.data()));
  const groups = new Map();
  for (const item of data) {
    const kind = item.meta.kind || "Articles";
    if (!groups.has(kind)) groups.set(kind, []);
    groups.get(kind).push(item);
  }
  render(groups, search.results.length, query);
  document.body.dataset.searchDone = "true";
}

run();
