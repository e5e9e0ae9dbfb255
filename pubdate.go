package berita

import (
	"strings"
	"time"
)

// The publication time of an HTML page comes from three places, in this
// order of trust: the date the page shows by its headline, its metadata
// (JSON-LD, meta tags, data layers, <time datetime>), and, as a last
// resort, a short block near the headline that is a date with a time of
// day. Dates in teasers (a date beside another story's headline link) are
// never the page's. Relative and partial dates ("2 jam lalu", "hari ini,
// 10:15", a time with no day) count only in the page's own date element by
// the headline, and only when Parser.Now is set: a page whose own date cannot
// be read has none.

// nearHeadline is how many blocks from the headline the page's own date
// element stands at most for a relative date in it to count; no paragraph
// of text may stand between them.
const nearHeadline = 6

// fillDates sets the publication and modification times.
//
// A visible time printed without a zone takes the zone the page states: an
// explicit Indonesian offset on a metadata time with the same wall clock
// ("12:43" shown, "12:43+08:00" in the metadata), else the page's own zone
// (see pageZone). A metadata offset that is no Indonesian zone on the same
// wall clock as the visible time (Merdeka's -07:00, detik's Z) is the
// visible time mislabelled.
func (h *htmlState) fillDates(ld *ldArticle) {
	a := h.a
	loc := h.p.location()
	anchor := h.headlineBlock()
	zone := h.pageZone(anchor)

	vis, vprec, vstated, vi := h.visibleDate(anchor)
	var metas []string
	if ld != nil {
		metas = append(metas, ld.DatePublished)
	}
	metas = append(metas, h.meta["article:published_time"], h.meta["content_publisheddate"], h.meta["publishdate"],
		h.meta["dtk:publishdate"], h.meta["datepublished"], h.meta["published_time"], h.meta["dc.date.issued"], h.meta["dc.date"],
		h.dataLayer(h.siteKeys(func(s *site) []string { return s.layerDate }, layerDateKeys...)...),
		h.meta["pubdate"], h.meta["date"])
	for _, st := range h.stamps {
		if st.machine && !st.teaser && !st.title {
			metas = append(metas, st.text)
		}
	}
	var meta time.Time
	var mprec Precision
	mstated := false
	for i, m := range metas {
		if m == "" || strings.Contains(m, "[") {
			continue
		}
		if t, p, stated, ok := h.stampTime(m, false); ok && p >= PrecisionDay {
			meta, mprec, mstated = t, p, stated
			if stated && !indonesian(t, loc) && mislabelled(h, t, metas[i+1:]) {
				meta, mstated = asLocalWall(t, loc), false
			}
			break
		}
	}
	if _, off := meta.Zone(); !meta.IsZero() && mstated && off == 0 && zone == nil {
		// A UTC time beside the same time as the page's clock labelled UTC
		// names the page's zone by their difference.
		if z := h.utcWallZone(meta, metas); z != nil {
			meta, zone = meta.In(z), z
		}
	}
	if !vis.IsZero() && !vstated {
		switch {
		case !meta.IsZero() && mstated && sameWall(vis, meta) && indonesian(meta, loc):
			vis = asLocalWall(vis, meta.Location())
		case zone != nil:
			vis = asLocalWall(vis, zone)
		}
	}
	if !meta.IsZero() && !mstated && zone != nil {
		meta = asLocalWall(meta, zone)
	}
	switch {
	case !vis.IsZero() && vprec >= PrecisionMinute:
		a.Published, a.PublishedPrecision = vis, vprec
	case !vis.IsZero() && !meta.IsZero() && sameDay(vis, meta, loc):
		a.Published, a.PublishedPrecision = meta.In(zoneOf(meta, loc)), mprec
	case !vis.IsZero():
		a.Published, a.PublishedPrecision = vis, vprec
	case !meta.IsZero():
		a.Published, a.PublishedPrecision = meta, mprec
	default:
		a.Published, a.PublishedPrecision = h.dateBlock(anchor, zone)
	}
	if a.Published.Location() == time.UTC && !a.Published.IsZero() {
		a.Published = a.Published.In(loc)
	}
	h.dateStamp = vi
	mod := ""
	if ld != nil {
		mod = ld.DateModified
	}
	if t, _, ok := h.pageTime(firstOf(mod, h.meta["article:modified_time"], h.meta["datemodified"])); ok {
		if t.Location() == time.UTC {
			t = t.In(loc)
		}
		a.Modified = t
	}
}

// visibleDate returns the date the page shows for itself: of the date
// elements that are not teasers (the outlet's own if its row names one
// that gave a date, else those the class words found, but none far above
// the headline, where the page's header shows today's date), the one
// nearest the headline (of two as near, the one with a time of day), else
// the first; then a date in a byline ("Reporter : Nama |
// Jumat, 19 Juni 2015 03:40"). A relative or partial date counts only in a
// date element by the headline. stated reports a zone printed with the
// time; i is the stamp's index, or -1.
func (h *htmlState) visibleDate(anchor int) (t time.Time, prec Precision, stated bool, i int) {
	best, bestDist := -1, 0
	for _, guess := range []bool{false, true} {
		for k, st := range h.stamps {
			if st.machine || st.teaser || st.guess != guess {
				continue
			}
			if guess && anchor >= 0 && st.at < anchor-nearHeadline {
				continue // far above the headline: the page header's "today", not the article's date
			}
			tt, p, s, ok := h.stampTime(st.text, false)
			if !ok || p < PrecisionDay {
				continue
			}
			d := 0
			if anchor >= 0 {
				d = max(anchor-st.at, st.at-anchor)
			}
			if best < 0 || d < bestDist || anchor >= 0 && d == bestDist && p > prec {
				best, bestDist, t, prec, stated = k, d, tt, p, s
			}
		}
		if best >= 0 {
			return t, prec, stated, best
		}
	}
	if anchor >= 0 && !h.p.Now.IsZero() {
		for k, st := range h.stamps {
			if st.machine || st.teaser || max(anchor-st.at, st.at-anchor) > nearHeadline ||
				!h.allShort(min(anchor, st.at)+1, max(anchor, st.at)) {
				continue // not in the headline's block: a paragraph of text stands between
			}
			if tt, p, s, ok := h.stampTime(st.text, true); ok && p >= PrecisionDay {
				return tt, p, s, k
			}
		}
	}
	for _, b := range h.bylines {
		if tt, p, s, ok := h.stampTime(b.text, false); ok && p >= PrecisionMinute {
			return tt, p, s, -1
		}
	}
	return time.Time{}, PrecisionNone, false, -1
}

// headlineBlock returns the index of the block that is the headline: the
// h1 taken as the title, else the first block reading as the title; -1
// when the page shows no such block.
func (h *htmlState) headlineBlock() int {
	t := h.a.Title
	if t == "" {
		return -1
	}
	if t == h.titleH1 && h.h1End > h.h1At {
		return h.h1At
	}
	if h.siteTitle {
		return h.siteTitleAt // the outlet's headline element, whether or not it made a block
	}
	for i := range h.blocks {
		if b := &h.blocks[i]; b.text == len(t) && h.textOf(b) == t {
			return i
		}
	}
	return -1
}

// stampTime parses a date the page shows. A relative or partial date is
// resolved against Parser.Now only when relative is true. stated reports
// whether the text printed a zone; a time printed without one is returned
// in the Parser's zone.
func (h *htmlState) stampTime(s string, relative bool) (t time.Time, prec Precision, stated, ok bool) {
	q := *h.p
	if !relative {
		q.Now = time.Time{}
	}
	loc := q.location()
	if h.unstated == nil {
		_, off := time.Date(2000, 1, 1, 0, 0, 0, 0, loc).Zone()
		h.unstated = time.FixedZone("", off) // marks a time parsed with no zone printed
	}
	unstated := h.unstated
	q.Location = unstated
	t, prec, err := q.ParseDate(s)
	if err != nil && t.IsZero() || prec == PrecisionNone {
		return time.Time{}, PrecisionNone, false, false
	}
	if t.Location() == unstated {
		return asLocalWall(t, loc), prec, false, true
	}
	return t, prec, true, true
}

// pageZone returns the zone the page states for itself, or nil: the offset
// of the machine-readable times it shows above and by its headline, outside
// teasers (a header clock title="2016-02-17T07:50:17+08:00", the article's
// <time datetime>), when they are all one Indonesian zone. What stands
// further down is sidebars, of other stories and often other desks. A
// Parser with a Location set keeps it.
func (h *htmlState) pageZone(anchor int) *time.Location {
	if h.p.Location != nil {
		return nil
	}
	var zone *time.Location
	for _, st := range h.stamps {
		if !st.machine || st.teaser || anchor >= 0 && st.at > anchor+nearHeadline {
			continue
		}
		t, _, stated, ok := h.stampTime(st.text, false)
		if !ok || !stated {
			continue
		}
		_, off := t.Zone()
		z := zoneFor(off)
		switch {
		case off == 0:
			continue // a UTC stamp says nothing of the outlet's zone
		case !indonesianOffset(off):
			return nil
		case zone == nil:
			zone = z
		case zone != z:
			return nil
		}
	}
	return zone
}

// mislabelled reports whether another of the metadata times reads the wall
// clock of t in another zone ("17:04:00-07:00" and "17:04:00 GMT"): one
// wall clock labelled with two zones is the page's clock, the labels wrong.
func mislabelled(h *htmlState, t time.Time, metas []string) bool {
	_, off := t.Zone()
	for _, m := range metas {
		if m == "" || strings.Contains(m, "[") {
			continue
		}
		if u, _, stated, ok := h.stampTime(m, false); ok && stated && sameWall(t, u) {
			if _, o := u.Zone(); o != off {
				return true
			}
		}
	}
	return false
}

// utcWallZone returns the zone whose wall clock another of the metadata
// times shows for the instant t, wrongly labelled UTC: WordPress themes
// print the local time with "+00:00" in the post's <time datetime> beside
// article:published_time in true UTC ("06:59:48Z" and "14:59:48+00:00": a
// page in WITA). Only Indonesia's zones count, to the second; nil when no
// such pair is found or the Parser has its Location set.
func (h *htmlState) utcWallZone(t time.Time, metas []string) *time.Location {
	if h.p.Location != nil {
		return nil
	}
	for _, m := range metas {
		if m == "" || strings.Contains(m, "[") {
			continue
		}
		u, _, stated, ok := h.stampTime(m, false)
		if _, off := u.Zone(); !ok || !stated || off != 0 {
			continue
		}
		if d := u.Sub(t); d%time.Second == 0 && indonesianOffset(int(d/time.Second)) {
			return zoneFor(int(d / time.Second))
		}
	}
	return nil
}

// indonesian reports whether t carries one of Indonesia's zones, or the
// Parser's.
func indonesian(t time.Time, loc *time.Location) bool {
	_, off := t.Zone()
	_, own := time.Date(2000, 1, 1, 0, 0, 0, 0, loc).Zone()
	return indonesianOffset(off) || off == own
}

// indonesianOffset reports whether an offset from UTC, in seconds, is WIB,
// WITA or WIT.
func indonesianOffset(off int) bool { return off == 7*3600 || off == 8*3600 || off == 9*3600 }

// sameWall reports whether two times read the same wall clock, to the minute.
func sameWall(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd && a.Hour() == b.Hour() && a.Minute() == b.Minute()
}

// dateBlock is the last resort for the publication time of a page that marks
// it neither by class nor in metadata: a short block near the headline
// (before the body's end, from a few blocks above it) that is a full date
// with a time of day ("Rabu, 24 Juni 2015 17:15 WIB"). Relative dates and
// blocks that are links never count. A page with no headline block gets
// nothing here.
func (h *htmlState) dateBlock(anchor int, zone *time.Location) (time.Time, Precision) {
	if anchor < 0 {
		return time.Time{}, PrecisionNone
	}
	for i := max(anchor-nearHeadline, 0); i < len(h.blocks) && i <= anchor+4*nearHeadline; i++ {
		b := &h.blocks[i]
		if b.text > 60 || b.related || b.linked {
			continue
		}
		if t, p, stated, ok := h.stampTime(h.textOf(b), false); ok && p >= PrecisionMinute {
			if !stated && zone != nil {
				t = asLocalWall(t, zone)
			}
			return t, p
		}
	}
	return time.Time{}, PrecisionNone
}
