package berita

import (
	"fmt"
	"strings"
)

// An evidence is what a page shows of being an article or an index of
// articles (a homepage, a section front, a tag page). An article has one
// headline over a dated body, however short: a five-paragraph regional
// report, a gallery of captions, a video with a two-line description. An
// index is a list of teasers: headlines that are links to other pages, each
// with little running text of its own and often its own date.
type evidence struct {
	// What the page says about itself.
	says     int  // 1: og:type article or a JSON-LD article; -1: og:type website or an index @type, and nothing says article
	dated    bool // a publication time in the metadata or beside the headline
	headline bool // the page's own headline: the JSON-LD's, or an h1 its title repeats
	h1s      int  // h1 elements outside widgets: an index often makes every teaser one
	// container reports that the outlet's body container holds the body:
	// an article whatever og:type says (The Jakarta Post 2015 marks its
	// articles "website").
	container bool
	// plain reports a plain text, which says nothing about itself but its
	// words; marked that it opens with a dateline, states its date or
	// credits a writer or an editor, as news does.
	plain, marked bool
	// headed reports a plain text under a headline of its own whose lines
	// hold running words: a page's text however short its lines (a
	// song's lyrics under "Chord dan Lirik Lagu X").
	headed bool

	// The body's shape.
	kept    int   // paragraphs of the Article: the blocks less related lines, credits and noise lines
	text    int   // running text in bytes: outside links and related boxes
	teasers items // blocks that are one link of a headline's length
	dates   items // short blocks that are a date or a time ("5 menit lalu", "12/05/2020 10:00")
	prose   int   // running text of sentences: not the headline again, not a short date or byline line
}

// items counts the items of a body that may be a list (teaser links, dates)
// and measures the running text around them.
type items struct {
	n    int
	lead int // running text before the first item
	run  int // the longest running text between two items (or before the first, after the last)
	cur  int
}

// item counts an item, ending the running text before it.
func (r *items) item() {
	if r.n == 0 {
		r.lead = r.cur
	}
	r.n++
	r.run, r.cur = max(r.run, r.cur), 0
}

// end closes the count at the end of the body.
func (r *items) end() {
	if r.n == 0 {
		r.lead = r.cur
	}
	r.run = max(r.run, r.cur)
}

// Thresholds of the verdict.
const (
	// minArticleText is the running text of a page that is an article on its
	// text alone, with no metadata saying so.
	minArticleText = 400
	// minShortText is the running text, in sentences, of a page that says it
	// is an article under one headline with a date: a video's two-line
	// description.
	minShortText = 60
	// minTeasers is how many teaser links make a list.
	minTeasers = 5
	// minHeadlineWords is the fewest words of a plain text's headline that
	// vouches for the lines under it: a menu's first item or a section's
	// name is shorter.
	minHeadlineWords = 4
	// minRunningWords is the fewest running words (opening lower-case,
	// not a title's small words) under such a headline: a menu or a list
	// of names has none.
	minRunningWords = 12
	// teaserText is the most running text per teaser of an index: a line
	// of summary under each headline; twice that is the longest stretch of
	// text an index has between two teasers.
	teaserText = 300
)

// verdict weighs the evidence: ok reports whether the page is an article,
// and reason says why not. It is the only judge of ErrNotArticle.
func (e *evidence) verdict() (ok bool, reason string) {
	switch {
	case e.kept == 0 || e.text == 0:
		return false, "no body text"
	case e.plain && e.prose < minShortText && !e.marked && !e.headed:
		return false, "no sentence of news: a few words with no dateline, date or credit"
	case e.plain:
		return true, ""
	case e.index(e.teasers):
		return false, fmt.Sprintf("a list of %d teaser links, at most %d bytes of running text between two", e.teasers.n, e.teasers.run)
	case (e.teasers.n > 0 || !e.headline) && e.index(e.dates):
		// A live page's updates are dated too, under the page's own headline.
		return false, fmt.Sprintf("a list of %d dated items, at most %d bytes of running text between two", e.dates.n, e.dates.run)
	case !e.headline && e.h1s >= 3:
		return false, fmt.Sprintf("%d headlines, none of them the page's own", e.h1s)
	case e.container && e.text >= minArticleText/2:
		return true, ""
	case e.says < 0 && !e.dated && e.text < 4*minArticleText:
		return false, "the page says it is not an article and gives no date"
	case e.says >= 0 && e.dated && e.headline && e.h1s <= 2 && e.prose >= minShortText:
		return true, "" // one dated headline: an article however short
	case e.text < minArticleText || e.kept < 2:
		return false, fmt.Sprintf("%d bytes of running text and nothing saying article", e.text)
	}
	return true, ""
}

// index reports whether n items (teaser links, dated blocks) make the body
// a list: enough of them, little running text per item, and none between
// two of them as long as a short article. A page that says it is a dated
// article keeps its body when the items follow its text (a video's
// description above its playlist).
func (e *evidence) index(r items) bool {
	if r.n < minTeasers || e.text >= teaserText*r.n || r.run >= 2*teaserText {
		return false
	}
	return !(e.says > 0 && e.dated && e.headline && 2*r.lead >= e.text && r.lead >= minShortText)
}

// textEvidence returns the evidence of a plain text, once its body is built.
// Its prose is counted until it reaches minShortText: of a plain text,
// verdict reads no more than whether it does.
func (st *state) textEvidence() evidence {
	a := st.a
	e := evidence{plain: true, kept: len(a.Paragraphs),
		marked: a.Dateline != (Dateline{}) || !a.Published.IsZero() || len(a.Authors)+len(a.Editors) > 0}
	for _, p := range a.Paragraphs {
		e.text += len(p.Text)
		if e.prose < minShortText && p.Kind != KindHeading && hasWords(p.Text, 6) {
			e.prose += len(p.Text)
		}
	}
	if e.prose < minShortText && !e.marked && wordCount(a.Title) >= minHeadlineWords {
		e.headed = runningWords(a.Paragraphs) >= minRunningWords
	}
	return e
}

// hasWords reports whether s holds n words or more (wordCount(s) >= n),
// reading no further than the n-th.
func hasWords(s string, n int) bool {
	in := false
	for i := range len(s) {
		if isSpaceByte(s[i]) {
			in = false
		} else if !in {
			if in, n = true, n-1; n <= 0 {
				return true
			}
		}
	}
	return n <= 0
}

// runningWords counts the words of paragraphs that open lower-case and are
// not a title's small words: the running words of text.
func runningWords(paras []Paragraph) int {
	n := 0
	for _, p := range paras {
		for _, w := range strings.Fields(p.Text) {
			if isLowerByte(w[0]) && !titleSmallWords[w] {
				n++
			}
		}
	}
	return n
}

// weigh returns the evidence of the page, its metadata and its chosen body.
func (h *htmlState) weigh(body []block, text int) evidence {
	e := evidence{text: text, h1s: h.h1s, headline: h.ownHeadline()}
	switch {
	case strings.EqualFold(h.meta["og:type"], "article") || h.ldArt != nil:
		e.says = 1
	case notArticleType(h.meta["og:type"], h.ldTypes):
		e.says = -1
	}
	for _, m := range []string{h.meta["article:published_time"], h.meta["datepublished"]} {
		if _, _, ok := h.pageTime(m); ok && m != "" {
			e.dated = true
		}
	}
	if h.ldArt != nil {
		if _, _, ok := h.pageTime(h.ldArt.DatePublished); ok {
			e.dated = true
		}
	}
	for _, st := range h.stamps {
		if st.teaser {
			continue // another story's date
		}
		if t, p, ok := h.pageTime(st.text); ok && p >= PrecisionDay && !isRelativeDate(st.text) && !t.IsZero() {
			e.dated = true
			break
		}
	}
	for i := range body {
		b := &body[i]
		if b.related {
			continue
		}
		if isTeaser(b) && !samePage(b.href, h.a.URL) {
			e.teasers.item()
			continue
		}
		if b.linked {
			continue
		}
		e.teasers.cur += len(b.text)
		if len(b.text) <= 60 && hasDate(b.text) {
			e.dates.item()
			continue
		}
		e.dates.cur += len(b.text)
		if !b.heading && hasWords(b.text, 6) && !strings.EqualFold(b.text, h.titleH1) {
			e.prose += len(b.text)
		}
	}
	e.teasers.end()
	e.dates.end()
	return e
}

// ownHeadline reports whether the page shows a headline of its own: its
// JSON-LD article names one, or one of its first h1s, not the outlet's
// logo, is what its title says. The h1s of an index are its logo and its
// teasers, which the title (the outlet's name and slogan) does not repeat.
func (h *htmlState) ownHeadline() bool {
	if h.ldArt != nil && cleanText(h.ldArt.Headline) != "" {
		return true
	}
	meta := stripTitleSuffix(firstOf(h.meta["og:title"], h.meta["twitter:title"], h.title), h.a.Outlet, h.table())
	for _, t := range h.h1Texts {
		if !h.isLogo(t) && (meta == "" || similarTitle(t, meta)) {
			return true
		}
	}
	return false
}

// isLogo reports whether an h1 names the outlet: its site name, or a name
// of a web site ("Okezone.com", "Okezone.com - Experience The Zone").
func (h *htmlState) isLogo(t string) bool {
	name, _, _ := strings.Cut(t, " - ")
	name, _, _ = strings.Cut(name, " | ")
	name = strings.TrimSpace(name)
	return strings.EqualFold(t, h.meta["og:site_name"]) || isOutletName(name) || h.table().byName(name) != nil
}

// isTeaser reports whether a block is one link of a headline's length: three
// words or more, not a related line ("Baca juga: ...").
func isTeaser(b *block) bool {
	if !b.linked || b.href == "" || len(b.text) > 200 || !hasWords(b.text, 3) {
		return false
	}
	_, _, rel := relatedLine(b.text)
	return !rel
}

// samePage reports whether a link points to the page itself (a live
// page's permalink to one of its updates: "...#update-3").
func samePage(href, page string) bool {
	if page == "" {
		return false
	}
	href, _, _ = strings.Cut(href, "#")
	page, _, _ = strings.Cut(page, "#")
	return strings.TrimSuffix(href, "/") == strings.TrimSuffix(page, "/")
}

// hasDate reports whether a short block holds a date or a time relative to
// now: an index's teasers carry "PERISTIWA 46 Menit yang lalu", "12/05/2020".
func hasDate(s string) bool {
	for i := 0; i < len(s); i++ {
		if !wordStart(s, i) || !isDigit(s[i]) && !isLetter(s[i]) {
			continue
		}
		if _, ok := scanRelative(s, i); ok {
			return true
		}
		if d, ok := scanDate(s, i); ok && d.bad == "" && !d.noYear {
			return true
		}
	}
	return false
}

// isRelativeDate reports whether a visible date is relative to now ("2 jam
// lalu"): a widget's, never the article's own dating.
func isRelativeDate(s string) bool {
	for i := 0; i < len(s); i++ {
		if wordStart(s, i) && (isDigit(s[i]) || isLetter(s[i])) {
			if _, ok := scanRelative(s, i); ok {
				return true
			}
		}
	}
	return false
}

// notArticleType reports whether the page's metadata says it is not an article.
func notArticleType(ogType string, types []string) bool {
	if strings.EqualFold(ogType, "website") {
		return true
	}
	for _, t := range types {
		switch t {
		case "WebSite", "CollectionPage", "ItemList", "SearchResultsPage":
			return true
		}
	}
	return false
}
