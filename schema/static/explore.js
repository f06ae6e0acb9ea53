// The explorer: search, lineage, responsibility chains, organisations and county
// coverage, all read from the public GraphQL API at /graphql. No framework: the DOM is
// built with textContent only, so no text from the graph is ever parsed as HTML.
(function () {
  "use strict";

  const RELATIONS = {
    REVISES: "reviderar", IMPLEMENTS: "genomför", COMPLEMENTS: "kompletterar",
    SIGNED: "undertecknade", ADOPTED: "antog", DECIDED: "beslutade", CONCERNS: "gäller",
    ISSUED: "gav ut", HAS_GOAL: "har mål", HAS_ACTIVITY: "har aktivitet",
    RESPONSIBLE_FOR: "ansvarar för", PARTICIPATES_IN: "deltar i", COORDINATES: "samordnar",
    FOLLOWS_UP: "följer upp", FUNDS: "finansierar", PART_OF: "ingår i", HOLDS_ROLE: "har roll i",
  };
  const LINEAGE_TYPES = ["REVISES", "IMPLEMENTS", "COMPLEMENTS", "SIGNED", "ADOPTED", "ISSUED", "DECIDED", "CONCERNS"];
  const TYPE_NAMES = {
    Document: "Dokument", Organization: "Organisation", Person: "Person", Decision: "Beslut",
    Activity: "Aktivitet", Goal: "Mål", Initiative: "Satsning",
  };
  const NAME_FIELDS = `id __typename
    ... on Document { title adoptedOn periodStart periodEnd }
    ... on Organization { name code }
    ... on Person { name party }
    ... on Decision { summary date }
    ... on Activity { description }
    ... on Goal { text }
    ... on Initiative { name }`;
  const KINDS = {
    STRATEGY: "strategi", ACTION_PLAN: "handlingsplan", GUIDELINE: "riktlinje", ROUTINE: "rutin",
    PROGRAMME: "program", POLICY: "policy", AGREEMENT: "överenskommelse", PLAN: "plan",
    NATIONAL: "nationell", REGIONAL: "regional", MUNICIPAL: "kommunal",
    MUNICIPALITY: "kommun", COUNTY_BOARD: "länsstyrelse", REGION: "region",
    MUNICIPAL_ASSOCIATION: "kommunförbund", NATIONAL_ASSOCIATION: "nationell organisation",
    AGENCY: "myndighet", GOVERNMENT: "regering", COMMITTEE: "nämnd", ADMINISTRATION: "förvaltning",
    FORUM: "forum", OTHER: "annan",
  };
  function kindName(value) { return value ? KINDS[value] || value.toLowerCase() : null; }
  const EVIDENCE = "evidence { quote page section source { uri title publishedOn } }";

  const main = document.getElementById("innehall");
  const status = document.getElementById("status");
  const explorer = { cy: null, links: [] };
  window.explorer = explorer; // for the browser tests

  async function gql(query, variables) {
    const answer = await fetch("/graphql", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({ query: query, variables: variables || {} }),
    });
    const body = await answer.json();
    if (body.errors && body.errors.length) throw new Error(body.errors[0].message);
    return body.data;
  }

  function el(tag, attrs) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "text") node.textContent = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : value);
    }
    for (const child of Array.prototype.slice.call(arguments, 2)) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : String(child));
    }
    return node;
  }

  // "2016-10" for a month-only date, as `stratgraph report coverage` writes it
  function dateText(value, precision) {
    if (!value) return "";
    return precision === "YEAR" ? value.slice(0, 4) : precision === "MONTH" ? value.slice(0, 7) : value;
  }

  function nameOf(node) {
    return node.title || node.name || node.summary || node.description || node.text || node.id;
  }

  function pageLink(node) {
    const label = nameOf(node);
    if (node.__typename === "Document") return el("a", { href: "#/dokument/" + encodeURIComponent(node.id), text: label });
    if (node.__typename === "Organization") return el("a", { href: "#/organisation/" + encodeURIComponent(node.id), text: label });
    return el("span", { text: label });
  }

  function present(children) {
    return children.filter(function (c) { return c !== null && c !== undefined; });
  }

  function show(title, ...children) {
    main.replaceChildren(el("h1", { text: title }), ...present(children));
    document.title = title + " – stratgraph";
    main.focus();
    status.textContent = title;
  }

  function evidenceList(evidence) {
    if (!evidence || !evidence.length) return el("p", { class: "meta", text: "Inget belägg." });
    return el("ul", null, ...evidence.map(function (e) {
      const where = [];
      if (e.source.publishedOn) where.push("publicerad " + e.source.publishedOn);
      if (e.page) where.push("sida " + e.page);
      if (e.section) where.push("avsnitt " + e.section);
      return el("li", null,
        el("blockquote", { text: e.quote }),
        el("p", { class: "meta" }, "Källa: ", el("a", { href: e.source.uri, text: e.source.title || e.source.uri }),
          where.length ? " (" + where.join(", ") + ")" : ""));
    }));
  }

  // --- search ---------------------------------------------------------------
  async function searchPage(text) {
    document.getElementById("sokruta").value = text;
    show("Sökresultat för ”" + text + "”", el("p", { text: "Söker…" }));
    const data = await gql(`query ($text: String!) { search(text: $text, first: 20) {
      score node { ${NAME_FIELDS} } evidence { quote } } }`, { text: text });
    const hits = data.search;
    const list = el("ol", { class: "traffar" }, ...hits.map(function (hit) {
      return el("li", null, pageLink(hit.node), " ",
        el("span", { class: "meta", text: "(" + (TYPE_NAMES[hit.node.__typename] || hit.node.__typename) + ")" }),
        hit.evidence.length ? el("p", { class: "meta", text: "”" + hit.evidence[0].quote + "”" }) : null);
    }));
    show("Sökresultat för ”" + text + "”",
      el("p", { text: hits.length ? hits.length + " träffar" : "Inga träffar." }), list);
  }

  function startPage() {
    show("Utforska styrdokument",
      el("p", { text: "Sök efter ett styrdokument, en organisation eller en person i sökrutan ovan. Varje länk i grafen visar sitt belägg: citatet och källan." }),
      el("p", null, "Se också ", el("a", { href: "#/tackning/22", text: "täckningen i Västernorrlands län" }), "."));
  }

  // --- document ---------------------------------------------------------------
  async function documentPage(id, options) {
    const depth = options.depth || 2;
    const types = options.types || LINEAGE_TYPES;
    const data = await gql(`query ($id: ID!, $depth: Int!, $types: [LinkType!]) {
      node(id: $id) { ${NAME_FIELDS} ... on Document { kind level signatoryCount adoptedPrecision ${EVIDENCE} } }
      lineage(id: $id, direction: BOTH, maxDepth: $depth, types: $types) {
        nodes { ${NAME_FIELDS} }
        links { type date datePrecision title from { id } to { id } ${EVIDENCE} } }
      responsibilityChain(id: $id) { steps { relation parentId title date heldAtAdoption node { ${NAME_FIELDS} } } }
    }`, { id: id, depth: depth, types: types });
    const doc = data.node;
    if (!doc) return show("Dokumentet finns inte", el("p", { text: id }));
    const meta = [];
    if (doc.periodStart) meta.push("period " + doc.periodStart + "–" + (doc.periodEnd || ""));
    if (doc.adoptedOn) meta.push("antaget " + dateText(doc.adoptedOn, doc.adoptedPrecision));
    if (doc.signatoryCount) meta.push(doc.signatoryCount + " undertecknare");

    const depthSelect = el("select", { id: "djup", name: "djup" },
      ...[1, 2, 3, 4, 5].map(function (n) { return el("option", { value: n, selected: n === depth, text: String(n) }); }));
    const boxes = Object.keys(RELATIONS).map(function (type) {
      return el("label", null, el("input", { type: "checkbox", name: "typ", value: type, checked: types.includes(type) }),
        " " + RELATIONS[type] + " (" + type + ")");
    });
    const form = el("form", { id: "grafval", onsubmit: function (event) {
      event.preventDefault();
      const chosen = Array.from(form.querySelectorAll("input[name=typ]:checked")).map(function (b) { return b.value; });
      documentPage(id, { depth: Number(depthSelect.value), types: chosen.length ? chosen : LINEAGE_TYPES });
    } },
    el("fieldset", null, el("legend", { text: "Grafen" }),
      el("label", { for: "djup", text: "Djup " }), depthSelect,
      el("fieldset", { class: "typer" }, el("legend", { text: "Typer av länkar" }), ...boxes),
      el("button", { type: "submit", text: "Rita om" })));

    const details = el("section", { id: "belagg", "aria-labelledby": "belagg-rubrik", tabindex: "-1" },
      el("h2", { id: "belagg-rubrik", text: "Belägg" }),
      el("p", { text: "Välj en länk i grafen eller i listan för att se datum och belägg." }));
    const names = {};
    for (const node of data.lineage.nodes) names[node.id] = node;
    explorer.links = data.lineage.links;
    const linkList = el("ul", { id: "lanklista" }, ...data.lineage.links.map(function (link, i) {
      return el("li", null, el("button", { type: "button", class: "link", "data-link": i,
        onclick: function () { showLink(details, link, names, true); },
        text: nameOf(names[link.from.id] || link.from) + " " + RELATIONS[link.type] + " " + nameOf(names[link.to.id] || link.to) }));
    }));
    const graph = el("div", { id: "graf", role: "img",
      "aria-label": "Graf över dokumentets härkomst: " + data.lineage.nodes.length + " noder och " + data.lineage.links.length + " länkar. Samma länkar finns i listan nedanför." });
    show(doc.title,
      el("p", { class: "meta", text: [TYPE_NAMES.Document, kindName(doc.kind), kindName(doc.level)].concat(meta).filter(Boolean).join(" · ") }),
      form,
      el("div", { class: "kolumner" },
        el("div", null, el("h2", { text: "Härkomst" }), graph,
          el("h3", { text: "Länkar" }), linkList),
        details),
      el("section", { class: "kedja" }, el("h2", { text: "Ansvarskedja" }), chainList(data.responsibilityChain.steps)),
      el("section", null, el("h2", { text: "Belägg för dokumentet" }),
        el("details", null, el("summary", { text: doc.evidence.length + " ställen där dokumentet nämns" }), evidenceList(doc.evidence))));
    draw(graph, data.lineage, id, names, details);
  }

  function showLink(details, link, names, focus) {
    const from = names[link.from.id] || link.from;
    const to = names[link.to.id] || link.to;
    details.replaceChildren(...present([
      el("h2", { id: "belagg-rubrik", text: "Belägg" }),
      el("p", null, el("strong", { text: nameOf(from) }), " " + RELATIONS[link.type] + " ",
        el("strong", { text: nameOf(to) }), " (" + link.type + ")"),
      el("p", { class: "datum", text: "Datum: " + (dateText(link.date, link.datePrecision) || "anges inte") }),
      link.title ? el("p", { text: "Roll: " + link.title }) : null,
      evidenceList(link.evidence)]));
    if (focus) details.focus();
  }

  function draw(container, lineage, rootId, names, details) {
    const elements = lineage.nodes.map(function (node) {
      return { data: { id: node.id, label: nameOf(node), kind: node.__typename, root: node.id === rootId ? "ja" : "nej" } };
    }).concat(lineage.links.map(function (link, i) {
      return { data: { id: "lank" + i, index: i, source: link.from.id, target: link.to.id, type: link.type, label: RELATIONS[link.type] } };
    }));
    explorer.cy = cytoscape({
      container: container,
      elements: elements,
      layout: { name: "breadthfirst", directed: true, padding: 20, spacingFactor: 1.1, animate: false },
      style: [
        { selector: "node", style: { label: "data(label)", "text-wrap": "wrap", "text-max-width": 160, "font-size": 11, color: "#1b1b1b", "background-color": "#5b7da8", width: 18, height: 18 } },
        { selector: "node[kind = 'Document']", style: { shape: "round-rectangle", "background-color": "#14487f" } },
        { selector: "node[root = 'ja']", style: { "border-width": 4, "border-color": "#b35c00" } },
        { selector: "edge", style: { label: "data(label)", "font-size": 10, color: "#1b1b1b", "text-background-color": "#fff", "text-background-opacity": 1, width: 2, "line-color": "#767676", "target-arrow-color": "#767676", "target-arrow-shape": "triangle", "curve-style": "bezier" } },
        { selector: "edge[type = 'REVISES']", style: { "line-color": "#14487f", "target-arrow-color": "#14487f", width: 3 } },
        { selector: "edge[type = 'SIGNED']", style: { "line-color": "#1d6b36", "target-arrow-color": "#1d6b36" } },
        { selector: "edge:selected", style: { "line-color": "#b35c00", "target-arrow-color": "#b35c00", width: 4 } },
      ],
    });
    explorer.cy.on("tap", "edge", function (event) {
      showLink(details, lineage.links[event.target.data("index")], names, false);
    });
    explorer.cy.on("tap", "node", function (event) {
      const node = names[event.target.id()];
      if (node && node.__typename === "Document") location.hash = "#/dokument/" + encodeURIComponent(node.id);
      if (node && node.__typename === "Organization") location.hash = "#/organisation/" + encodeURIComponent(node.id);
    });
  }

  function chainList(steps) {
    if (!steps.length) return el("p", { class: "meta", text: "Ingen ansvarskedja är känd." });
    const children = {};
    for (const step of steps) (children[step.parentId || ""] = children[step.parentId || ""] || []).push(step);
    function branch(parent) {
      const items = children[parent] || [];
      if (!items.length) return null;
      return el("ul", null, ...items.map(function (step) {
        const notes = [];
        if (step.title) notes.push(step.title);
        if (step.date) notes.push(step.date);
        if (step.heldAtAdoption === true) notes.push("hade rollen när dokumentet antogs");
        return el("li", null,
          step.relation ? el("span", { class: "meta", text: RELATIONS[step.relation] + ": " }) : null,
          pageLink(step.node), " ",
          el("span", { class: "meta", text: "(" + (TYPE_NAMES[step.node.__typename] || step.node.__typename) + (notes.length ? ", " + notes.join(", ") : "") + ")" }),
          branch(step.node.id));
      }));
    }
    return branch("");
  }

  // --- organisation -----------------------------------------------------------
  async function organisationPage(id) {
    const data = await gql(`query ($id: ID!) {
      node(id: $id) { ${NAME_FIELDS} ... on Organization { kind aliases partOf { id __typename name }
        signed { date document { id __typename title } ${EVIDENCE} }
        people { title since person { name party } ${EVIDENCE} } } }
      acts: lineage(id: $id, direction: OUTGOING, maxDepth: 1, types: [ADOPTED, ISSUED, DECIDED, RESPONSIBLE_FOR, COORDINATES, FOLLOWS_UP]) {
        links { type date datePrecision to { ${NAME_FIELDS} } ${EVIDENCE} } }
      parts: lineage(id: $id, direction: INCOMING, maxDepth: 1, types: [PART_OF]) {
        links { from { ${NAME_FIELDS} } } }
    }`, { id: id });
    const org = data.node;
    if (!org) return show("Organisationen finns inte", el("p", { text: id }));
    function factList(items, render) {
      if (!items.length) return el("p", { class: "meta", text: "Inget känt." });
      return el("ul", null, ...items.map(function (item) {
        return el("li", null, ...render(item), el("details", null, el("summary", { text: "Belägg" }), evidenceList(item.evidence)));
      }));
    }
    show(org.name,
      el("p", { class: "meta", text: ["Organisation", kindName(org.kind), org.code ? "kod " + org.code : null].filter(Boolean).join(" · ") }),
      org.partOf ? el("p", null, "Ingår i ", pageLink(org.partOf)) : null,
      el("h2", { text: "Undertecknat" }),
      factList(org.signed, function (s) { return [pageLink(s.document), s.date ? " (" + s.date + ")" : ""]; }),
      el("h2", { text: "Antaget, utgivet och beslutat" }),
      factList(data.acts.links, function (l) { return [RELATIONS[l.type] + ": ", pageLink(l.to), l.date ? " (" + dateText(l.date, l.datePrecision) + ")" : ""]; }),
      el("h2", { text: "Nämnder och andra delar" }),
      data.parts.links.length ? el("ul", null, ...data.parts.links.map(function (l) { return el("li", null, pageLink(l.from)); }))
        : el("p", { class: "meta", text: "Inga kända." }),
      el("h2", { text: "Personer med roller" }),
      factList(org.people, function (p) {
        return [p.person.name + (p.person.party ? " (" + p.person.party + ")" : ""), p.title ? ", " + p.title : "", p.since ? ", sedan " + p.since : ""];
      }));
  }

  // --- county coverage ------------------------------------------------------------
  async function coveragePage(county) {
    const data = await gql(`query ($c: String!) { coverage(countyCode: $c) {
      municipality { id name code } documents { id kind title adoptedOn adoptedPrecision }
      signed { date document { id title } } gaps } }`, { c: county });
    const rows = data.coverage;
    const columns = [
      ["Kommun", function (r) { return r.municipality.name; }],
      ["Kod", function (r) { return r.municipality.code || ""; }],
      ["Styrdokument", function (r) { return r.documents.length; }],
      ["Undertecknade regionala planer", function (r) { return r.signed.length; }],
      ["Luckor", function (r) { return r.gaps.length; }],
    ];
    let sortBy = 0;
    let ascending = true;
    const table = el("table", { id: "tackning" });
    function render() {
      const sorted = rows.slice().sort(function (a, b) {
        const x = columns[sortBy][1](a), y = columns[sortBy][1](b);
        const order = typeof x === "number" ? x - y : String(x).localeCompare(String(y), "sv");
        return ascending ? order : -order;
      });
      table.replaceChildren(
        el("caption", { text: rows.length + " kommuner i län " + county + ". Sortera med knapparna i kolumnrubrikerna." }),
        el("thead", null, el("tr", null, ...columns.map(function (column, i) {
          return el("th", { scope: "col", "aria-sort": i === sortBy ? (ascending ? "ascending" : "descending") : "none" },
            el("button", { type: "button", text: column[0], onclick: function () {
              ascending = i === sortBy ? !ascending : true; sortBy = i; render();
              table.querySelectorAll("th button")[i].focus();
            } }));
        }))),
        el("tbody", null, ...sorted.map(function (r) {
          return el("tr", null,
            el("th", { scope: "row" }, el("a", { href: "#/organisation/" + encodeURIComponent(r.municipality.id), text: r.municipality.name })),
            el("td", { text: r.municipality.code || "" }),
            el("td", null, r.documents.length ? el("ul", null, ...r.documents.map(function (d) {
              return el("li", null, el("a", { href: "#/dokument/" + encodeURIComponent(d.id), text: d.title }), d.adoptedOn ? " (antaget " + dateText(d.adoptedOn, d.adoptedPrecision) + ")" : "");
            })) : "–"),
            el("td", null, r.signed.length ? el("ul", null, ...r.signed.map(function (s) {
              return el("li", null, el("a", { href: "#/dokument/" + encodeURIComponent(s.document.id), text: s.document.title }), s.date ? " (" + s.date + ")" : "");
            })) : "–"),
            el("td", { text: r.gaps.join("; ") || "–" }));
        })));
    }
    render();
    const countyInput = el("input", { id: "lanskod", type: "text", inputmode: "numeric", pattern: "[0-9]{2}", value: county, required: true });
    show("Täckning i län " + county,
      el("form", { onsubmit: function (event) { event.preventDefault(); location.hash = "#/tackning/" + countyInput.value; } },
        el("label", { for: "lanskod", text: "Länskod (två siffror)" }), countyInput, " ", el("button", { type: "submit", text: "Visa" })),
      el("p", null, el("a", { id: "csv", href: "/export/coverage.csv?county=" + encodeURIComponent(county), download: "tackning-" + county + ".csv",
        text: "Ladda ner som CSV (samma som stratgraph report coverage)" })),
      table);
  }

  // --- routing ---------------------------------------------------------------------
  async function route() {
    const parts = location.hash.replace(/^#\/?/, "").split("/");
    const what = parts[0];
    const arg = decodeURIComponent(parts.slice(1).join("/"));
    try {
      if (what === "sok" && arg) await searchPage(arg);
      else if (what === "dokument" && arg) await documentPage(arg, {});
      else if (what === "organisation" && arg) await organisationPage(arg);
      else if (what === "tackning" && arg) await coveragePage(arg);
      else startPage();
    } catch (error) {
      show("Något gick fel", el("p", { class: "fel", text: error.message }));
    }
  }

  document.getElementById("sokformular").addEventListener("submit", function (event) {
    event.preventDefault();
    const text = document.getElementById("sokruta").value.trim();
    if (text) location.hash = "#/sok/" + encodeURIComponent(text);
  });
  window.addEventListener("hashchange", route);
  route();
})();
