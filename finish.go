package berita

import (
	"net/url"
	"strings"
	"time"
)

// minArticleText is the least body text, in bytes, of a page that is an article.
const minArticleText = 400

// finish chooses the body, runs the shared pipeline and fills the metadata.
func (h *htmlState) finish() (*Article, error) {
	a := h.a
	h.chooseSite()
	// The page's own URLs pass through resolve, which drops javascript: and data:.
	a.URL = firstOf(h.p.URL, resolve(nil, h.meta["canonical"]), resolve(nil, h.meta["og:url"]))
	base, _ := url.Parse(a.URL)

	blocks, known := h.bodyBlocks()
	ld, types := h.ldArt, h.ldTypes
	var body []block
	text := 0
	for _, b := range blocks {
		b.block.text = h.textOf(&b)
		if b.boxText && !isBareLabel(b.block.text) {
			continue
		}
		if b.href != "" {
			b.href = resolve(base, b.href)
		}
		body = append(body, b.block)
		if !b.related {
			text += b.text - b.links
		}
	}
	if !known && text < minArticleText && ld != nil && ld.ArticleBody != "" {
		// Pages drawn by scripts carry their text only in the JSON-LD.
		if ldBody, ldText := articleBodyBlocks(ld.ArticleBody); ldText >= minArticleText {
			body, text = ldBody, ldText
		}
	}
	h.build(body)

	if h.site != nil {
		a.Outlet = h.site.outletName(h.meta["og:site_name"])
	} else if a.Outlet == "" {
		a.Outlet = h.meta["og:site_name"]
	}
	h.fillTitle(ld)
	a.Title = cleanText(stripMarkup(a.Title))
	h.fillDates(ld)
	h.fillCredits(ld)
	h.fillPages(base)
	h.extract()
	a.Image = resolve(base, firstOf(h.meta["og:image"], h.meta["twitter:image"], h.meta["img"]))
	a.Section = firstOf(h.meta["article:section"], h.meta["content_category"])
	if ld != nil && a.Section == "" {
		if s := strList(ld.Section); len(s) > 0 {
			a.Section = s[0]
		}
	}
	a.Tags = h.tags
	if len(a.Tags) == 0 {
		a.Tags = splitKeywords(firstOf(h.meta["news_keywords"], h.meta["keywords"]))
	}
	a.Language = language(firstOf(h.lang, h.meta["og:locale"], h.meta["language"], h.meta["content-language"]))

	switch {
	case known && text >= minArticleText/2:
		// The outlet's body container holds text: an article whatever og:type says
		// (The Jakarta Post 2015 marks articles "website").
	case text < minArticleText || len(a.Paragraphs) < 2,
		notArticleType(h.meta["og:type"], types, ld) && text < 4*minArticleText && a.Published.IsZero():
		return a, ErrNotArticle
	}
	return a, nil
}

// bodyBlocks returns the blocks of the article body: those inside the
// site's body container when the page has one, else those of the element
// the generic scorer rates best. known reports whether a site rule chose.
func (h *htmlState) bodyBlocks() ([]hblock, bool) {
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
			return h.blocks[:n], true
		}
	}
	best := -1
	for i, c := range h.cands {
		if best < 0 || c.score > h.cands[best].score {
			best = i
		}
	}
	if best < 0 {
		return nil, false
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
	h.span = [2]int{c.start, c.end}
	return h.blocks[c.start:c.end], false
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

// notArticleType reports whether the page's metadata says it is not an article.
func notArticleType(ogType string, types []string, ld *ldArticle) bool {
	if ld != nil || strings.EqualFold(ogType, "article") {
		return false
	}
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
	if h.titleH1 != "" && len(h.titleH1) >= 15 && (meta == "" || similarTitle(h.titleH1, meta)) {
		a.Title = h.titleH1
		return
	}
	a.Title = meta
	if a.Title == "" {
		a.Title = h.titleH1
	}
}

// similarTitle reports whether an h1 and the metadata title name the same headline.
func similarTitle(h1, meta string) bool {
	a, b := strings.ToLower(h1), strings.ToLower(meta)
	return strings.Contains(a, b) || strings.Contains(b, a) || commonPrefix(a, b) >= min(len(a), len(b))/2
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
	return tab.byName(tail) != nil || isOutletName(tail) || strings.HasSuffix(tail, ".com") || strings.HasSuffix(tail, ".co.id")
}

// fillDates sets the publication and modification times. The date the
// reader sees wins; metadata fills in what it lacks. A metadata time whose
// wall clock equals the visible one but carries another zone (detik's Z,
// Merdeka's -07:00) is the visible one mislabelled.
func (h *htmlState) fillDates(ld *ldArticle) {
	a := h.a
	var vis time.Time
	var vprec Precision
	for _, d := range h.visibleDates {
		if t, p, ok := h.pageTime(d); ok && p >= PrecisionDay {
			vis, vprec = t, p
			break
		}
	}
	var metas []string
	if ld != nil {
		metas = append(metas, ld.DatePublished)
	}
	metas = append(metas, h.meta["article:published_time"], h.meta["content_publisheddate"], h.meta["publishdate"],
		h.meta["dtk:publishdate"], h.meta["datepublished"], h.meta["published_time"], h.meta["dc.date.issued"], h.meta["dc.date"],
		h.dataLayer(h.siteKeys(func(s *site) []string { return s.layerDate }, "content_PublishedDate", "publish_date")...),
		h.meta["pubdate"], h.meta["date"])
	metas = append(metas, h.times...)
	var meta time.Time
	var mprec Precision
	for _, m := range metas {
		if m == "" || strings.Contains(m, "[") {
			continue
		}
		if t, p, ok := h.pageTime(m); ok && p >= PrecisionDay {
			meta, mprec = t, p
			break
		}
	}
	switch {
	case !vis.IsZero() && vprec >= PrecisionMinute:
		a.Published, a.PublishedPrecision = vis, vprec
	case !vis.IsZero() && !meta.IsZero() && sameDay(vis, meta, h.p.location()):
		a.Published, a.PublishedPrecision = meta.In(zoneOf(meta, h.p.location())), mprec
	case !vis.IsZero():
		a.Published, a.PublishedPrecision = vis, vprec
	case !meta.IsZero():
		a.Published, a.PublishedPrecision = meta, mprec
	default:
		a.Published, a.PublishedPrecision = h.dateBlock()
	}
	if a.Published.Location() == time.UTC && !a.Published.IsZero() {
		a.Published = a.Published.In(h.p.location())
	}
	mod := ""
	if ld != nil {
		mod = ld.DateModified
	}
	if t, _, ok := h.pageTime(firstOf(mod, h.meta["article:modified_time"], h.meta["datemodified"])); ok {
		if t.Location() == time.UTC {
			t = t.In(h.p.location())
		}
		a.Modified = t
	}
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
			if r < 0 {
				continue
			}
			editor = r == int(roleEditor)
		} else if role >= 0 {
			if role == int(roleSource)+1 {
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
		names := strList(ld.Author)
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
		for _, n := range strList(ld.Editor) {
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

// splitNames splits a list of credited names: "A, B dan C", "A; B".
func (st *state) splitNames(s string) []string {
	s = cleanText(s)
	if s == "" {
		return nil
	}
	var out []string
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == '|' }) {
		for _, p := range strings.Split(part, " dan ") {
			if p = st.cleanName(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

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

// roleWords are the words credit boxes print for a role; -1 and
// roleSource+1 mark roles berita does not report (photographers).
var roleWords = map[string]int{
	"author": int(roleAuthor), "penulis": int(roleAuthor), "jurnalis": int(roleAuthor), "reporter": int(roleAuthor), "writer": int(roleAuthor),
	"editor": int(roleEditor), "redaktur": int(roleEditor), "penyunting": int(roleEditor),
	"fotografer": int(roleSource) + 1, "photographer": int(roleSource) + 1, "videografer": int(roleSource) + 1,
	"editor foto": int(roleSource) + 1, "photo editor": int(roleSource) + 1,
}

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
	if r > int(roleSource) {
		r = -1
	}
	return r, strings.TrimSpace(s[:i]), true
}

// dateBlock is the last resort for the publication time of a page that marks
// it neither by class nor in metadata: the first short block of the page
// that is a date with a time of day ("Rabu, 24 Juni 2015 17:15 WIB").
func (h *htmlState) dateBlock() (time.Time, Precision) {
	for i := range h.blocks {
		b := &h.blocks[i]
		if b.text > 60 || b.related {
			continue
		}
		if t, p, ok := h.pageTime(h.textOf(b)); ok && p >= PrecisionMinute {
			return t, p
		}
	}
	return time.Time{}, PrecisionNone
}
