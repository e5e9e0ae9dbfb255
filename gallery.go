package berita

import (
	"bytes"
	"strings"
)

// isCaptionAttr reports whether an attribute name is a data attribute that
// holds a photo's caption: galleries built as sliders keep each slide's
// caption in one ("data-caption", "data-short-desc", "data-description")
// and show it in a single box as the reader swipes.
func isCaptionAttr(k []byte) bool {
	name, ok := bytes.CutPrefix(k, []byte("data-"))
	if !ok {
		return false
	}
	found := false
	forFields(name, wordSeps, func(w []byte) bool {
		switch string(w) {
		case "caption", "desc", "description", "keterangan":
			found = true
		}
		return !found
	})
	return found
}

// attrCaption adds a slide's caption attribute as a block of its own, where
// the slide stands.
func (h *htmlState) attrCaption(c []byte) {
	if len(bytes.TrimSpace(c)) == 0 {
		return
	}
	h.flush()
	h.cur = append(h.cur, c...)
	h.curCaption = true
	n := len(h.blocks)
	h.flush()
	if len(h.blocks) > n {
		// The element the attribute stands on is opened next: a picture
		// inside it, or the picture itself, has this caption.
		h.med.attr = attrCaption{depth: len(h.stack), serial: h.elems + 1, block: n + 1}
	}
}

// galleryBlocks keeps the slides' captions of a body only when it is a
// gallery: two or more captions, holding more text than the rest of the
// body (one photo's caption, or the photos of an article, are not the
// text). It drops the box that repeats the caption on show. A gallery's description is the
// page's own description (og:description) where the page shows it as text
// before the photos; it opens the body when the body lacks it. lead is
// that block, if the page has one.
func (h *htmlState) galleryBlocks(blocks []hblock, lead *hblock) []hblock {
	n, capText, text := 0, 0, 0
	for i := range blocks {
		if b := &blocks[i]; b.caption {
			n++
			capText += b.text
		} else if !b.related {
			text += b.text - b.links
		}
	}
	if n == 0 {
		return blocks
	}
	if capText < text {
		n = 0 // the photos of an article, whose captions are not its text
	}
	var captions map[string]bool
	out := make([]hblock, 0, len(blocks)+1)
	if n >= 2 {
		h.gallery = true
		captions = make(map[string]bool, n)
		if lead != nil {
			out = append(out, *lead)
		}
	}
	leadText := ""
	if lead != nil {
		leadText = h.textOf(lead)
	}
	for _, b := range blocks {
		t := h.textOf(&b)
		switch {
		case b.caption && n < 2:
			continue // not a gallery
		case b.caption:
			captions[t] = true
		case captions != nil && captions[t]:
			continue // the box that shows the current slide's caption
		case lead != nil && n >= 2 && t == leadText:
			continue
		}
		out = append(out, b)
	}
	return out
}

// galleryLead returns the block before the page's first slide caption that
// is the page's description, or nil.
func (h *htmlState) galleryLead() *hblock {
	desc := firstOf(h.meta["og:description"], h.meta["description"])
	if len(desc) < 40 {
		return nil
	}
	for i := range h.blocks {
		b := &h.blocks[i]
		if b.caption {
			return nil
		}
		if !b.related && b.text >= len(desc)-3 && b.text <= len(desc)+3 && h.textOf(b) == desc {
			lead := *b
			return &lead
		}
	}
	return nil
}

// cutPhotoCredit takes the photo credit off the end of a caption: "...
// Bali. (Liputan6.com/Johan Fatzry)", "... (Indonesian Navy via AP)",
// "... Jakarta. Foto: ANTARA/Nama", "... warga. Dok. Istimewa".
func cutPhotoCredit(s string) string {
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, ")") {
		if i := strings.LastIndexByte(s, '('); i > 0 && isCreditText(s[i+1:len(s)-1]) {
			return strings.TrimSpace(s[:i])
		}
	}
	for _, l := range []string{"Foto:", "Foto :", "FOTO:", "Photo:", "Dok.", "Dok:", "Doc."} {
		i := strings.LastIndex(s, l)
		if i > 0 && len(s)-i <= 80 && (s[i-1] == ' ' || s[i-1] == '.') && !strings.ContainsAny(s[i+len(l):], ".!?") {
			return strings.TrimSpace(s[:i])
		}
	}
	return s
}

// isCreditText reports whether the inside of a caption's closing
// parenthesis credits a photo: an outlet or agency and a name joined by a
// slash, a photo "via" an agency, a "Foto"/"Dok." label, or an agency's
// name in capitals.
func isCreditText(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 80 || strings.ContainsAny(s, ".!?") && !strings.Contains(s, ".com") && !strings.HasPrefix(s, "Dok.") {
		return false
	}
	return creditShape(s, len(strings.Fields(s)))
}
