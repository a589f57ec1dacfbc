// The live page: loads the recent statements, then shows each new one from the server-sent event stream.
// Filters are applied here, in the page, and kept in the address so that a filtered view can be shared.
// Statement text only ever reaches the page through textContent and attributes, never as markup.
'use strict';

(function () {
  const RECENT = 500;
  const MAX_SHOWN = 1000;
  const FILTERS = ['topic', 'place', 'organisation'];

  const list = document.getElementById('statements');
  const template = document.getElementById('statement-template');
  const status = document.getElementById('status');
  const count = document.getElementById('count');
  const empty = document.getElementById('empty');
  const form = document.getElementById('filters');
  const selects = {};
  FILTERS.forEach((name) => { selects[name] = document.getElementById('filter-' + name); });

  /** statementId -> { statement, element }, in the order shown. */
  const shown = new Map();

  // ---- filters -------------------------------------------------------------------------------------

  function criteria() {
    const wanted = {};
    FILTERS.forEach((name) => { wanted[name] = selects[name].value.trim().toLowerCase(); });
    return wanted;
  }

  function has(values, wanted) {
    return !wanted || values.some((value) => String(value).toLowerCase() === wanted);
  }

  function matches(statement, wanted) {
    return has(statement.topics.map((topic) => topic.code), wanted.topic)
      && has(statement.places, wanted.place)
      && has(statement.organisations, wanted.organisation);
  }

  function applyFilters() {
    const wanted = criteria();
    let visible = 0;
    shown.forEach((entry) => {
      entry.element.hidden = !matches(entry.statement, wanted);
      if (!entry.element.hidden) {
        visible++;
      }
    });
    count.textContent = 'showing ' + visible + ' of ' + shown.size;
    empty.hidden = visible > 0;
  }

  function filtersFromAddress() {
    const query = new URLSearchParams(window.location.search);
    FILTERS.forEach((name) => {
      const value = (query.get(name) || '').trim();
      if (value) {
        offer(selects[name], value, value);
        selects[name].value = findOption(selects[name], value).value;
      }
    });
  }

  function filtersToAddress() {
    const query = new URLSearchParams(window.location.search);
    FILTERS.forEach((name) => {
      if (selects[name].value) {
        query.set(name, selects[name].value);
      } else {
        query.delete(name);
      }
    });
    const search = query.toString();
    window.history.replaceState(null, '', window.location.pathname + (search ? '?' + search : ''));
  }

  function findOption(select, value) {
    const key = value.toLowerCase();
    return Array.from(select.options).find((option) => option.value.toLowerCase() === key);
  }

  /** Adds a choice to a filter, in alphabetical order after "any", unless it is there already. */
  function offer(select, value, label) {
    const existing = findOption(select, value);
    if (existing) {
      if (label !== value && existing.textContent === existing.value) {
        existing.textContent = label;
      }
      return;
    }
    const option = document.createElement('option');
    option.value = value;
    option.textContent = label;
    const after = Array.from(select.options).slice(1)
      .find((other) => other.textContent.localeCompare(label) > 0);
    select.insertBefore(option, after || null);
  }

  function offerChoices(statement) {
    statement.topics.forEach((topic) => offer(selects.topic, topic.code, topic.label + ' (' + topic.code + ')'));
    statement.places.forEach((place) => offer(selects.place, place, place));
    statement.organisations.forEach((organisation) => offer(selects.organisation, organisation, organisation));
  }

  // ---- rendering -----------------------------------------------------------------------------------

  function safeHref(url) {
    try {
      const parsed = new URL(url, window.location.href);
      return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
    } catch (e) {
      return null;
    }
  }

  function formatDate(value) {
    if (!value) {
      return '';
    }
    const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) {
      return value;
    }
    return dateOnly
      ? date.toLocaleDateString(undefined, { dateStyle: 'medium', timeZone: 'UTC' })
      : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  }

  function topicItem(topic) {
    const item = document.createElement('li');
    item.className = 'topic';
    item.dataset.code = topic.code;
    const label = document.createElement('span');
    label.className = 'label';
    label.textContent = topic.label;
    label.title = topic.code + (topic.cap ? ', CAP ' + topic.cap : '');
    const score = document.createElement('span');
    score.className = 'score';
    score.textContent = Number(topic.score).toFixed(2);
    item.append(label, score);
    if (topic.evidence.length > 0) {
      const evidence = document.createElement('span');
      evidence.className = 'evidence';
      evidence.textContent = 'matched: ' + topic.evidence.join(', ');
      item.append(evidence);
    }
    return item;
  }

  function render(statement) {
    const element = template.content.firstElementChild.cloneNode(true);
    element.dataset.statementId = statement.statementId;
    element.lang = statement.language;

    const release = element.querySelector('.release');
    release.textContent = statement.title;
    const href = safeHref(statement.url);
    if (href) {
      release.href = href;
    }

    const published = element.querySelector('.published');
    published.textContent = formatDate(statement.publishedAt);
    if (statement.publishedAt) {
      published.dateTime = statement.publishedAt;
    }
    element.querySelector('.source').textContent = statement.source;

    const speaker = element.querySelector('.speaker');
    speaker.textContent = statement.speaker || '';
    speaker.hidden = !statement.speaker;

    element.querySelector('.text').textContent = statement.text;
    const topics = element.querySelector('.topics');
    statement.topics.forEach((topic) => topics.append(topicItem(topic)));
    topics.hidden = statement.topics.length === 0;

    element.querySelector('.places').textContent = statement.places.join(', ') || '–';
    element.querySelector('.organisations').textContent = statement.organisations.join(', ') || '–';
    return element;
  }

  /** Shows a statement at the top, once; the oldest ones go when more than MAX_SHOWN are shown. */
  function add(statement) {
    if (!statement || shown.has(statement.statementId)) {
      return;
    }
    const element = render(statement);
    element.hidden = !matches(statement, criteria());
    shown.set(statement.statementId, { statement, element });
    list.prepend(element);
    offerChoices(statement);
    while (shown.size > MAX_SHOWN) {
      const oldest = list.lastElementChild;
      shown.delete(oldest.dataset.statementId);
      oldest.remove();
    }
  }

  // ---- data ----------------------------------------------------------------------------------------

  function setStatus(state, text) {
    status.dataset.state = state;
    status.textContent = text;
  }

  /** Adds the recent statements not shown yet, oldest first so that the newest ends up on top. */
  function loadRecent() {
    return fetch('statements?limit=' + RECENT, { headers: { Accept: 'application/json' } })
      .then((response) => {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then((newestFirst) => {
        newestFirst.slice().reverse().forEach(add);
        applyFilters();
      })
      .catch((error) => setStatus('reconnecting', 'could not load recent statements (' + error.message + ')'));
  }

  function connect() {
    let ready = false;
    let broken = false;
    const waiting = [];
    const events = new EventSource('statements/stream');
    events.onopen = () => {
      setStatus('live', 'live');
      if (broken) {
        loadRecent();
      }
    };
    events.onerror = () => {
      broken = true;
      setStatus('reconnecting', 'reconnecting…');
    };
    events.onmessage = (event) => {
      let statement;
      try {
        statement = JSON.parse(event.data);
      } catch (e) {
        return;
      }
      if (ready) {
        add(statement);
        applyFilters();
      } else {
        waiting.push(statement);
      }
    };
    // statements that arrive while the recent ones load are shown after them
    loadRecent().then(() => {
      ready = true;
      waiting.splice(0).forEach(add);
      applyFilters();
    });
  }

  filtersFromAddress();
  form.addEventListener('change', () => {
    filtersToAddress();
    applyFilters();
  });
  form.addEventListener('reset', () => {
    window.setTimeout(() => {
      filtersToAddress();
      applyFilters();
    });
  });
  applyFilters();
  connect();
}());
