package berita

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode"
)

// finish chooses the body, runs the shared pipeline and fills the metadata.
func (h *htmlState) finish() (*Article, error) {
	a := h.a
	h.chooseSite()
	// The address the page states for itself wins over the one it was
	// fetched from, which may carry tracking parameters or be a mobile or
	// AMP copy; relative links resolve against the fetched one, as a
	// browser resolves them.
	fetched, _ := url.Parse(h.p.URL)
	a.URL = firstOf(absoluteURL(fetched, h.meta["canonical"]), absoluteURL(fetched, h.meta["og:url"]), h.p.URL)
	base := fetched
	if base == nil || !base.IsAbs() {
		base, _ = url.Parse(a.URL)
	}
	ld := h.ldArt
	if h.site != nil {
		a.Outlet = h.site.outletName(h.meta["og:site_name"])
	} else if a.Outlet == "" {
		a.Outlet = h.meta["og:site_name"]
	}
	// The headline and the date come first: both are read where the page
	// shows them, before the body's blocks are chosen and reordered.
	h.fillTitle(ld)
	a.Title = cleanText(stripMarkup(a.Title))
	h.fillDates(ld)

	lead := h.galleryLead() // before bodyBlocks, which may move blocks
	blocks, start, known := h.bodyBlocks()
	if !known && start >= 0 {
		blocks = h.cutHead(blocks, start)
	}
	blocks = h.afterHeadline(blocks)
	from := 0
	if len(blocks) > 0 {
		from = blocks[0].at
	}
	h.pics, h.embeds = h.bodyMedia(base, known, from)
	blocks = h.galleryBlocks(blocks, lead)
	var body []block
	text := 0
	started := false // a paragraph of the story has been read
	for _, b := range blocks {
		b.block.text = h.textOf(&b)
		if b.caption {
			b.block.text = cutPhotoCredit(b.block.text)
		}
		// A date line above the story is the page's; one inside it dates
		// an update of a live page, and stays.
		if b.boxText && !isBareLabel(b.block.text) || b.widget || b.prompt || !started && h.isDateLine(b.block.text) {
			continue
		}
		started = started || b.text >= 100 && !b.related
		if b.href != "" {
			b.href = resolve(base, b.href)
		}
		body = append(body, b.block)
		if !b.related {
			text += b.text - b.links
		}
	}
	if !known && text < minArticleText && ld != nil && len(ld.ArticleBody) > 2 {
		// Pages drawn by scripts carry their text only in the JSON-LD.
		if ldBody, ldText := articleBodyBlocks(ld.body()); ldText >= minArticleText {
			body, text = ldBody, ldText
			h.pics, h.embeds = nil, nil // the page's, not this text's
		}
	}
	outlet := a.Outlet
	h.build(body)
	if a.Outlet != outlet && a.Title != h.titleH1 {
		// The dateline named the outlet: its name may end the metadata title.
		a.Title = stripTitleSuffix(a.Title, a.Outlet, h.table())
	}
	h.fillCredits(ld)
	h.fillPages(base)
	// What the markup says; extract weighs it against the body's words.
	a.Language = language(firstOf(h.lang, h.meta["og:locale"], h.meta["language"], h.meta["content-language"]))
	h.extract()
	a.Image = resolve(base, firstOf(h.meta["og:image"], h.meta["twitter:image"], h.meta["img"]))
	a.Description = h.description(ld)
	a.Section = firstOf(h.meta["article:section"], h.meta["content_category"])
	if ld != nil && a.Section == "" {
		if s := strList(ldValue(ld.Section)); len(s) > 0 {
			a.Section = s[0]
		}
	}
	a.Tags = h.tags
	if len(a.Tags) == 0 {
		a.Tags = splitKeywords(firstOf(h.meta["news_keywords"], h.meta["keywords"]))
	}

	e := h.weigh(body, text)
	e.container, e.kept = known, len(a.Paragraphs)
	if ok, why := e.verdict(); !ok {
		return a, fmt.Errorf("%w: %s", ErrNotArticle, why)
	}
	return a, nil
}

// bodyBlocks returns the blocks of the article body: those inside the
// site's body container when the page has one, else those of the element
// the generic scorer rates best. known reports whether a site rule chose.
func (h *htmlState) bodyBlocks() ([]hblock, int, bool) {
	if len(h.bodies) > 0 {
		// The body blocks are moved to the front of the pooled slice: the
		// generic candidates are not needed once the outlet's container is found.
		n := 0
		for i := range h.blocks {
			if h.blocks[i].body {
				h.blocks[n] = h.blocks[i]
				n++
			}
		}
		if n > 0 {
			h.span = [2]int{h.bodies[0].start, h.bodies[len(h.bodies)-1].end}
			return h.blocks[:n], 0, true
		}
	}
	best := -1
	for i, c := range h.cands {
		if best < 0 || c.score > h.cands[best].score {
			best = i
		}
	}
	if best < 0 {
		return nil, 0, false
	}
	c := h.cands[best]
	// The element the page's microdata names the article body holds all of
	// it where the scorer's best holds a part (a body split into sections,
	// each scored apart). It is taken when it holds the best, or at least
	// half its text, and reads as text rather than links.
	bestText, _ := h.paraText(c.start, c.end)
	for _, d := range h.cands {
		if !d.declared || d.start == d.end {
			continue
		}
		text, links := h.paraText(d.start, d.end)
		holds := d.start <= c.start && c.end <= d.end
		if text >= minArticleText && links*4 < text && (holds || 2*text >= bestText) {
			c = d
			break
		}
	}
	if parts := h.splitParts(c); len(parts) > 1 {
		h.span = [2]int{parts[0].start, parts[len(parts)-1].end}
		h.chosen = parts
		var out []hblock
		for _, p := range parts {
			out = append(out, h.blocks[p.start:p.end]...)
		}
		return out, -1, false // no longer one run of the page's blocks
	}
	h.span = [2]int{c.start, c.end}
	h.chosen = []cand{c}
	return h.blocks[c.start:c.end], c.start, false
}

// maxHeadText bounds the text that may stand in the body's container
// before the headline: breadcrumbs, a kicker, a section name.
const maxHeadText = 150

// cutHead takes out of the blocks of a body found by the scorer (the run of
// the page's blocks from index start) what is the article's head, not its
// text: the headline h1 taken as the title, with the breadcrumbs and kicker
// above it, and the date element the publication time was read from.
func (h *htmlState) cutHead(blocks []hblock, start int) []hblock {
	end := start + len(blocks)
	cut := make([]bool, len(blocks))
	cutSome := false
	if h.a.Title != "" && h.a.Title == h.titleH1 && start <= h.h1At && h.h1End <= end && h.h1At < h.h1End {
		from := h.h1At
		if before, _ := h.paraText(start, h.h1At); before <= maxHeadText && h.allShort(start, h.h1At) {
			from = start
		}
		for i := from; i < h.h1End; i++ {
			cut[i-start], cutSome = true, true
		}
	}
	if i := h.dateStamp; i >= 0 {
		st := h.stamps[i]
		stop := max(st.end, st.at+1)
		if start <= st.at && stop <= end && h.allShort(st.at, stop) {
			for j := st.at; j < stop; j++ {
				cut[j-start], cutSome = true, true
			}
		}
	}
	if !cutSome {
		return blocks
	}
	out := blocks[:0:0]
	for i, b := range blocks {
		if !cut[i] {
			out = append(out, b)
		}
	}
	return out
}

// allShort reports whether the blocks [a, b) are all short lines, none a paragraph.
func (h *htmlState) allShort(a, b int) bool {
	for i := a; i < b; i++ {
		if h.blocks[i].text > 100 {
			return false
		}
	}
	return true
}

// siblingParts returns the parts of a body the page splits into sibling
// containers of one kind: the chosen container, then the next pages or
// sections that a template repeats beside it (the same parent, the same
// first class word), often with an ad slot between them and the later ones
// hidden until the reader asks for them. A part must read as text, not
// links, and only short blocks (labels, ad markers) may stand between two
// parts: a sibling past running text of another kind is another story.
func (h *htmlState) siblingParts(c cand) []cand {
	if c.class == 0 {
		return nil
	}
	var sibs []cand
	for _, d := range h.cands {
		if d.parent != c.parent || d.class != c.class || d.start == d.end || d.start < c.end && c.start < d.end {
			continue
		}
		text, links := h.paraText(d.start, d.end)
		if text < minPartText || links*4 > text {
			continue
		}
		sibs = append(sibs, d)
	}
	if len(sibs) == 0 {
		return nil
	}
	slices.SortFunc(sibs, func(a, b cand) int { return a.start - b.start })
	parts := []cand{c}
	// Before the chosen part, nearest first; then after it.
	for i := len(sibs) - 1; i >= 0; i-- {
		if d := sibs[i]; d.end <= parts[0].start {
			if text, _ := h.paraText(d.end, parts[0].start); text > 0 {
				break
			}
			parts = append([]cand{d}, parts...)
		}
	}
	for _, d := range sibs {
		if last := parts[len(parts)-1]; d.start >= last.end {
			if text, _ := h.paraText(last.end, d.start); text > 0 {
				break
			}
			parts = append(parts, d)
		}
	}
	return parts
}

// splitParts returns the parts of a body split into sibling containers
// (siblingParts) of which c is one, or is all the text of one: the scorer
// often picks the text element inside a page's wrapper, and the wrapper is
// what the template repeats.
func (h *htmlState) splitParts(c cand) []cand {
	text, _ := h.paraText(c.start, c.end)
	for range 3 {
		if parts := h.siblingParts(c); len(parts) > 1 {
			return parts
		}
		up := -1
		for i := range h.cands {
			if h.cands[i].serial == c.parent {
				up = i
				break
			}
		}
		if up < 0 {
			return nil
		}
		if upText, _ := h.paraText(h.cands[up].start, h.cands[up].end); upText > text+text/4 {
			return nil // the wrapper holds more than the part: not a thin one
		}
		c = h.cands[up]
	}
	return nil
}

// minPartText is the least paragraph text, in bytes, of a part of a body
// split into sibling containers.
const minPartText = 100

// afterHeadline drops the headline and what stands before it when the
// body's container holds them: the article starts after its headline, and
// what precedes it (a breadcrumb, a kicker) is navigation. The headline is
// a block of fifteen bytes or more that the page's h1 or its metadata title
// gives (with the outlet's name after it there). Only a few short blocks may
// precede it; otherwise the match is not the top of the story.
func (h *htmlState) afterHeadline(blocks []hblock) []hblock {
	var titles []string
	for _, t := range []string{h.titleH1, h.meta["og:title"], h.meta["twitter:title"], h.title} {
		if len(t) >= 15 {
			titles = append(titles, t)
		}
	}
	if h.ldArt != nil && len(h.ldArt.Headline) >= 15 {
		titles = append(titles, cleanText(h.ldArt.Headline))
	}
	if len(titles) == 0 {
		return blocks
	}
	before := 0
	for i := range blocks[:min(len(blocks), maxBeforeHeadline+1)] {
		b := &blocks[i]
		if b.text >= 15 && isHeadline(h.textOf(b), titles) {
			return blocks[i+1:]
		}
		if before += b.text; before > 300 {
			break
		}
	}
	return blocks
}

// isHeadline reports whether s is one of the titles, or one of them
// without what follows a separator (" - Outlet", " | Rubrik").
func isHeadline(s string, titles []string) bool {
	for _, t := range titles {
		if t == s {
			return true
		}
		if rest, ok := strings.CutPrefix(t, s); ok && len(rest) > 2 && rest[0] == ' ' && strings.ContainsRune("-|–—:", []rune(rest[1:])[0]) {
			return true
		}
	}
	return false
}

// maxBeforeHeadline is how many blocks may stand before the headline in a
// body's container: a breadcrumb's links, a kicker.
const maxBeforeHeadline = 8

// isDateLine reports whether a block is only a date with a time of day
// ("Kamis, 05 November 2015 | 11:13 WIB"): the article's date line printed
// in the body's container, not text.
func (h *htmlState) isDateLine(s string) bool {
	if len(s) > 60 || strings.Count(s, " ") > 8 {
		return false
	}
	_, prec, ok := h.pageTime(s)
	return ok && prec >= PrecisionMinute
}

// paraText returns the length of the paragraph text of the blocks [a, b),
// and of the link text in it.
func (h *htmlState) paraText(a, b int) (text, links int) {
	for _, bl := range h.blocks[a:b] {
		if bl.scored() {
			text += bl.text
			links += bl.links
		}
	}
	return text, links
}

// paragraphBreaks turns the tags that end a paragraph into line breaks,
// for a JSON-LD articleBody that holds markup.
var paragraphBreaks = strings.NewReplacer(
	"</p>", "\n", "</P>", "\n", "<br>", "\n", "<br/>", "\n", "<br />", "\n", "<BR>", "\n",
	"</div>", "\n", "</h2>", "\n", "</h3>", "\n", "</li>", "\n",
)

// articleBodyBlocks splits a JSON-LD articleBody into blocks as the text
// front end splits a text, and returns them with the length of their text.
func articleBodyBlocks(s string) ([]block, int) {
	if strings.IndexByte(s, '<') >= 0 {
		s = stripMarkup(paragraphBreaks.Replace(s))
	}
	blocks := textBlocks(s)
	text := 0
	for _, b := range blocks {
		if !b.related {
			text += len(b.text)
		}
	}
	return blocks, text
}

// fillTitle sets the headline: the site's headline element, else the first
// h1 of the page, else og:title or <title> without the outlet's suffix.
func (h *htmlState) fillTitle(ld *ldArticle) {
	a := h.a
	if a.Title != "" {
		return
	}
	// The JSON-LD headline comes before <title>, which often carries the
	// outlet's name or the section after the headline.
	var headline string
	if ld != nil {
		headline = cleanText(ld.Headline)
	}
	meta := firstOf(h.meta["og:title"], h.meta["twitter:title"], headline, h.title)
	meta = stripTitleSuffix(meta, a.Outlet, h.table())
	if h.titleH1 != "" && (len(h.titleH1) >= 15 && (meta == "" || similarTitle(h.titleH1, meta)) || titleHead(meta, h.titleH1) && !h.isLogo(h.titleH1)) {
		a.Title = h.titleH1
		return
	}
	a.Title = meta
	if a.Title == "" {
		a.Title = h.titleH1
	}
}

// titleHead reports whether the metadata title is the h1 whole, or the h1
// and then what pages add after a separator (the site's or the section's
// name: "Judul - Nama Situs"): a short h1 such as "Banjir Bandang" is then
// the headline, not a logo.
func titleHead(meta, h1 string) bool {
	k := titleKey(h1)
	if k == "" {
		return false
	}
	if titleKey(meta) == k {
		return true
	}
	for _, sep := range []string{" - ", " | ", " – ", " — ", " : "} {
		if head, _, ok := strings.Cut(meta, sep); ok && titleKey(head) == k {
			return true
		}
	}
	return false
}

// similarTitle reports whether an h1 and the metadata title name the same
// headline. They are compared by their letters and digits only: metadata
// often drops the headline's punctuation ("IHSG Hari Ini: Sempat ..." shown,
// "IHSG Hari Ini Sempat ..." in og:title).
func similarTitle(h1, meta string) bool {
	a, b := titleKey(h1), titleKey(meta)
	if a == "" || b == "" {
		return false
	}
	return strings.Contains(a, b) || strings.Contains(b, a) || commonPrefix(a, b) >= min(len(a), len(b))/2
}

// titleKey is a title lower-cased with everything but letters and digits
// taken out, for comparing two spellings of one headline.
func titleKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// stripTitleSuffix removes the outlet's name that pages add to <title> and
// og:title: "Judul - Kompas.com", "Judul | Republika Online", "KapanLagi.com: Judul".
func stripTitleSuffix(t, outlet string, tab table) string {
	for _, sep := range []string{" - ", " | ", " – ", " — ", " : "} {
		i := strings.LastIndex(t, sep)
		if i <= 0 {
			continue
		}
		tail := strings.ToLower(t[i+len(sep):])
		if isOutletTail(tail, outlet, tab) {
			return strings.TrimSpace(t[:i])
		}
	}
	if i := strings.Index(t, ": "); i > 0 && isOutletTail(strings.ToLower(t[:i]), outlet, tab) {
		return strings.TrimSpace(t[i+2:])
	}
	return t
}

func isOutletTail(tail, outlet string, tab table) bool {
	tail = strings.TrimSpace(tail)
	if tail == "" {
		return false
	}
	if outlet != "" {
		o := strings.ToLower(outlet)
		if strings.Contains(tail, o) || strings.Contains(o, tail) {
			return true
		}
		if f := strings.Fields(o); len(f) > 0 && strings.HasPrefix(tail, strings.TrimSuffix(f[0], ".com")) {
			return true
		}
	}
	if tab.byName(tail) != nil || isOutletName(tail) {
		return true
	}
	// A short tail that names a web domain is the site's name, with or
	// without its section: "Kompas.com Bola", "Okezone.com - News".
	words := strings.Fields(tail)
	if len(words) > 4 {
		return false
	}
	for _, w := range words {
		if isDomainWord(w) {
			return true
		}
	}
	return false
}

// isDomainWord reports whether a lower-cased word is a web domain name:
// "kompas.com", "republika.co.id", "tempo.co".
func isDomainWord(w string) bool {
	for _, tld := range []string{".com", ".co.id", ".id", ".co", ".net", ".org", ".tv"} {
		if name, ok := strings.CutSuffix(w, tld); ok && name != "" && !strings.ContainsAny(name, "/:") {
			return true
		}
	}
	return false
}

// sameDay reports whether a metadata time b falls on the visible date a,
// read either in the page's zone or by its own wall clock (a mislabelled zone).
func sameDay(a, b time.Time, loc *time.Location) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.In(loc).Date()
	wy, wm, wd := b.Date()
	return ay == by && am == bm && ad == bd || ay == wy && am == wm && ad == wd
}

// zoneOf returns the zone to show a metadata time in: its own unless it is
// UTC, then the Parser's.
func zoneOf(t time.Time, loc *time.Location) *time.Location {
	if _, off := t.Zone(); off == 0 {
		return loc
	}
	return t.Location()
}

// fillCredits sets authors and editors from the page's byline elements,
// then from metadata when the page shows none.
func (h *htmlState) fillCredits(ld *ldArticle) {
	a := h.a
	// A credits list gives a role, then names: "Author", "A", "B", "Editor", "C".
	role := -1
	for _, b := range h.bylines {
		if b.link {
			continue
		}
		if b.first {
			role = -1
		}
		if b.box {
			// A credits box with no items counts by its labels alone.
			if !h.credit(b.text) {
				h.labelled(b.text, true)
			}
			continue
		}
		if r, ok := roleWord(b.text); ok {
			role = r
			continue
		}
		editor := b.editor
		text := b.text
		if r, name, ok := trailingRole(text); ok {
			// Liputan6 2021: "Nama Author", "Nama Editor".
			role, text = -1, name
			if r = h.creditRole(r); r < 0 {
				continue
			}
			editor = r == int(roleEditor)
		} else if role >= 0 {
			if h.creditRole(role) < 0 {
				continue
			}
			editor = role == int(roleEditor)
		} else if h.credit(text) || h.labelled(text, true) {
			continue
		} else if name, _, ok := strings.Cut(text, " | "); ok {
			// "Nama, Kota | Rubrik | Tanggal": the name is what precedes the place.
			if n, _, ok := strings.Cut(name, ","); ok {
				name = n
			}
			text = name
		} else {
			text = h.trimByline(text)
		}
		for _, name := range h.splitNames(text) {
			if editor {
				h.addName(&a.Editors, name)
			} else {
				h.addName(&a.Authors, name)
			}
		}
	}
	h.blockCredits()
	h.linkCredits()
	if len(a.Authors) == 0 {
		for _, n := range h.splitNames(firstOf(h.meta["content_author"], h.dataLayer(h.siteKeys(func(s *site) []string { return s.layerAuthor }, layerAuthorKeys...)...))) {
			if !isInitials([]string{n}) && !h.isPublisher(n) { // staff codes ("fbn") and the outlet are not writers
				h.addName(&a.Authors, n)
			}
		}
	}
	if len(a.Editors) == 0 {
		for _, n := range h.splitNames(firstOf(h.meta["content_editor"], h.dataLayer(h.siteKeys(func(s *site) []string { return s.layerEditor }, layerEditorKeys...)...))) {
			if !isInitials([]string{n}) {
				h.addName(&a.Editors, n)
			}
		}
	}
	if len(a.Authors) == 0 && ld != nil {
		names := strList(ldValue(ld.Author))
		if h.site != nil && h.site.ldAuthorIsEditor {
			if len(a.Editors) == 0 {
				for _, n := range names {
					h.addName(&a.Editors, n)
				}
			}
		} else {
			// JSON-LD "author" is often the editor (Kompas, Tribun): a name
			// the page credits as its editor is not taken as the writer.
			for _, n := range names {
				if !h.isPublisher(n) && !credited(a.Editors, n) {
					h.addName(&a.Authors, n)
				}
			}
		}
	}
	if len(a.Editors) == 0 && ld != nil && (h.site == nil || !h.site.ldAuthorIsEditor) {
		for _, n := range strList(ldValue(ld.Editor)) {
			h.addName(&a.Editors, n)
		}
	}
	if len(a.Authors) == 0 {
		for _, n := range h.splitNames(firstOf(h.meta["author"], h.meta["dtk:author"], h.meta["article:author"], h.meta["dc.creator"])) {
			if !h.isPublisher(n) && !strings.HasPrefix(n, "http") && !isInitials([]string{n}) {
				h.addName(&a.Authors, n)
			}
		}
	}
}

// creditReach is how many blocks before or after the body a credit line
// may stand to be the article's: the credits box under the headline, or
// the one after the body, past the tags and a box of related links.
const creditReach = 48

// blockCredits reads the credit lines outside the body that stand near it
// ("Penulis: Nama" rows of a credits table, "Rep: Nama Red: Nama") for the
// roles the bylines left empty. The body's own credit lines were read with
// the body.
func (h *htmlState) blockCredits() {
	a := h.a
	if len(a.Authors) > 0 && len(a.Editors) > 0 || len(h.creditLines) == 0 {
		return
	}
	found := state{p: h.p, a: &Article{Outlet: a.Outlet}}
	for _, c := range h.creditLines {
		inBody := c.at >= h.span[0] && c.at < h.span[1]
		if inBody || c.at < h.span[0]-creditReach || c.at >= h.span[1]+creditReach || c.bare && !c.value {
			continue
		}
		found.credit(c.text)
	}
	if len(a.Authors) == 0 {
		a.Authors = found.a.Authors
	}
	if len(a.Editors) == 0 {
		a.Editors = found.a.Editors
	}
	for _, s := range found.a.Sources {
		h.addName(&a.Sources, s)
	}
}

// linkCredits reads the links to writers' and editors' pages near the body
// (rel=author, /penulis/nama) for the roles nothing else named: the link's
// text is the name.
func (h *htmlState) linkCredits() {
	a := h.a
	authors, editors := len(a.Authors) == 0, len(a.Editors) == 0
	for _, b := range h.bylines {
		if !b.link || b.at < h.span[0]-creditReach || b.at >= h.span[1]+creditReach {
			continue
		}
		name := h.trimByline(b.text)
		if !looksLikeName(name) {
			continue
		}
		switch {
		case b.editor && editors:
			h.addName(&a.Editors, name)
		case !b.editor && authors:
			h.addName(&a.Authors, name)
		}
	}
}

// credited reports whether name is in list, ignoring case.
func credited(list []string, name string) bool {
	for _, n := range list {
		if strings.EqualFold(n, name) {
			return true
		}
	}
	return false
}

// isPublisher reports whether a credited name is the outlet itself.
func (h *htmlState) isPublisher(n string) bool {
	l := strings.ToLower(n)
	if h.a.Outlet != "" && strings.Contains(l, strings.ToLower(strings.TrimSuffix(h.a.Outlet, ".com"))) {
		return true
	}
	return h.table().byName(n) != nil || strings.Contains(l, "cyber media")
}

// splitNames splits a list of credited names: "A, B dan C", "A; B", "A | B".
func (st *state) splitNames(s string) []string {
	s = cleanText(s)
	if s == "" {
		return nil
	}
	var out []string
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == '|' }) {
		for _, p := range strings.Split(part, " dan ") {
			for _, n := range commaNames(p) {
				if n = st.cleanName(n); n != "" {
					out = append(out, n)
				}
			}
		}
	}
	return out
}

// commaNames splits s at its commas when every part is a name of two or
// more words ("Arif Ferdianto, Yohana Artha Uly"); a comma before a degree
// or a title ("Nama Penulis, S.H.", "Nama Penulis, Kontributor") keeps s
// whole, and so does a comma after the writer's role and place, which the
// credit is printed with ("Kontributor Majalengka, Nama Penulis").
func commaNames(s string) []string {
	if strings.IndexByte(s, ',') < 0 {
		return []string{s}
	}
	parts := strings.Split(s, ",")
	for _, p := range parts {
		p = strings.TrimSpace(p)
		role, _, _ := strings.Cut(p, " ")
		if len(strings.Fields(p)) < 2 || strings.IndexByte(p, '.') >= 0 || !looksLikeName(p) || creditRoles[strings.ToLower(role)] {
			return []string{s}
		}
	}
	return parts
}

// creditRoles are the roles a credit may print before the writer's place
// and name, lower-cased: a reporter's (reporterRoles), "penulis" and
// "editor".
var creditRoles = func() map[string]bool {
	m := map[string]bool{"penulis": true, "editor": true}
	for _, r := range reporterRoles {
		m[strings.ToLower(r)] = true
	}
	return m
}()

func splitKeywords(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for _, k := range strings.Split(s, ",") {
		if k = strings.TrimSpace(k); k != "" {
			out = append(out, k)
		}
	}
	return out
}

// language turns "id_ID", "id-ID" or "en" into a BCP 47 primary tag.
func language(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_"); i > 0 {
		s = s[:i]
	}
	if len(s) == 2 || len(s) == 3 {
		return s
	}
	return ""
}

func firstOf(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}

// siteKeys returns the site's data-layer keys of one kind, then the generic ones.
func (h *htmlState) siteKeys(of func(*site) []string, generic ...string) []string {
	if h.site == nil {
		return generic
	}
	return append(of(h.site)[:len(of(h.site)):len(of(h.site))], generic...)
}

// roleWords are the words credit boxes print for a role. Roles past
// roleSource are not the article's writers: roleVisual (a video's or a
// picture's editor) is never reported, rolePhotographer only on a gallery,
// whose photographs are its text.
var roleWords = map[string]int{
	"author": int(roleAuthor), "penulis": int(roleAuthor), "jurnalis": int(roleAuthor), "reporter": int(roleAuthor), "writer": int(roleAuthor),
	"editor": int(roleEditor), "redaktur": int(roleEditor), "penyunting": int(roleEditor),
	"fotografer": rolePhotographer, "photographer": rolePhotographer, "pewarta foto": rolePhotographer,
	"videografer": roleVisual, "editor foto": roleVisual, "photo editor": roleVisual,
}

// The roles of roleWords past the credit grammar's.
const (
	roleVisual       = int(roleSource) + 1
	rolePhotographer = int(roleSource) + 2
)

// trimByline cuts a byline down to its names, dropping what outlets print
// around them: "By Fitria Handayani on 08 Mar 2016 at 13:31 WIB", "Nadia
// Putri Rahayu, Jurnalis · Selasa 08 April 2025 11:32 WIB", "KOMPAS.com/
// Dimas Prakoso".
func (st *state) trimByline(s string) string {
	for _, p := range []string{"by ", "oleh: ", "oleh : ", "oleh ", "posted by ", "written by ", "reported by ",
		"ditulis oleh ", "dilaporkan oleh ", "diposting oleh ", "dikirim oleh "} {
		if rest, ok := cutPrefixFold(s, p); ok {
			s = strings.TrimSpace(rest)
			break
		}
	}
	// The date after the names.
	for _, sep := range []string{" · ", " • ", " on ", " | "} {
		if i := strings.Index(s, sep); i > 0 && strings.ContainsAny(s[i:], "0123456789") {
			s = strings.TrimSpace(s[:i])
		}
	}
	// The date with no separator: "Nama 30 Jan 2017, 03:00 WIB".
	if i := dateAt(s); i > 0 {
		s = strings.TrimRight(s[:i], " ,·•|-")
	}
	// The outlet after the name: "Nama, Okezone".
	if i := strings.LastIndex(s, ","); i > 0 && st.isOutlet(strings.TrimSpace(s[i+1:])) {
		s = strings.TrimSpace(s[:i])
	}
	// The role after the name: "Nama, Jurnalis".
	if i := strings.LastIndex(s, ", "); i > 0 {
		if r, ok := roleWord(s[i+2:]); ok && r <= int(roleEditor) {
			s = s[:i]
		}
	}
	// The outlet before a slash: "KOMPAS.com/Nama".
	if i := strings.IndexByte(s, '/'); i > 0 && st.isOutlet(strings.TrimSpace(s[:i])) {
		s = strings.TrimSpace(s[i+1:])
	}
	return s
}

// roleWord reports whether s is only a role label ("Author", "Editor:").
func roleWord(s string) (int, bool) {
	r, ok := roleWords[strings.ToLower(strings.Trim(s, " :"))]
	return r, ok
}

// trailingRole splits "Nama Author" into the role and the name; a role
// berita does not report gives -1.
func trailingRole(s string) (int, string, bool) {
	i := strings.LastIndexByte(s, ' ')
	if i <= 0 {
		return 0, "", false
	}
	r, ok := roleWord(s[i+1:])
	if !ok {
		return 0, "", false
	}
	return r, strings.TrimSpace(s[:i]), true
}

// creditRole tells what a role of roleWords credits on this page: an
// author, an editor, or nothing (-1). A photographer is an author of a
// gallery, and of nothing else.
func (h *htmlState) creditRole(r int) int {
	switch {
	case r == rolePhotographer && h.gallery:
		return int(roleAuthor)
	case r > int(roleSource):
		return -1
	}
	return r
}
