package berita

// Tables and lists. A table in an article body is data: a specification sheet, a
// schedule, a list of results. Its reader takes in a row at a time, so a row
// is one paragraph with its cells joined by " | " (the header row too), the
// lines of one cell joined by a space. Pages of the 2000s also lay whole
// pages out in tables; a row that holds a table, a cell of running text or a
// box of related links is layout, and its blocks stay as they are.

// Limits of a data row: no cell longer than maxCell bytes, the row no
// longer than maxRow. A layout row's cell holds a whole article body.
const (
	maxCell = 600
	maxRow  = 1500
)

// openTable notes where table cells begin, and marks the rows that hold a
// nested table as layout.
func (h *htmlState) openTable(e *elem) {
	switch e.tag {
	case "td", "th":
		h.cells++
		h.cell = h.cells
	case "table":
		for i := len(h.stack) - 1; i >= 0; i-- {
			if h.stack[i].tag == "tr" {
				h.stack[i].table = true
				break
			}
		}
	}
}

// closeTable ends a cell, and joins the blocks of a data row when its row closes.
func (h *htmlState) closeTable(e *elem) {
	switch e.tag {
	case "td", "th":
		// Text after the cell, still in the row, is not the cell's.
		h.cells++
		h.cell = h.cells
	case "tr":
		if !e.table {
			h.joinRow(e.start)
		}
		h.cell = 0
	case "ul", "ol":
		h.linkList(e.start)
	}
}

// linkList marks a list whose every item is one link to a headline as a box
// of related links: in a body, a list of other articles' titles ("Editors'
// picks", "Berita rekomendasi") is not text. The short blocks before it in
// the same container are the box's label. A menu's items are a word or two;
// a headline has three words or more.
func (h *htmlState) linkList(start int) {
	items := h.blocks[start:]
	if len(items) < 2 {
		return
	}
	words := 0
	for i := range items {
		b := &items[i]
		w := wordCount(h.arena[b.off : b.off+b.text])
		if !b.linked || b.href == "" || b.related || w < 3 {
			return
		}
		words += w
	}
	if words < 4*len(items) {
		return
	}
	for i := range items {
		items[i].related = true
	}
	if t := h.top(); t != nil && t.start < start && start-t.start <= 2 {
		for i := t.start; i < start; i++ {
			if b := &h.blocks[i]; b.text > 60 || b.related {
				return
			}
		}
		for i := t.start; i < start; i++ {
			h.blocks[i].boxText = true
		}
	}
}

// joinRow merges the blocks from start on, the blocks of one table row, into
// one block when the row reads as data: two cells or more with text, none
// long, no related link. The blocks are the last ones flushed, so their text
// is the end of the arena.
func (h *htmlState) joinRow(start int) {
	rows := h.blocks[start:]
	if len(rows) < 2 {
		return
	}
	cells, cellLen, total := 0, 0, 0
	for i := range rows {
		b := &rows[i]
		if b.related || b.boxText || b.cell == 0 {
			return
		}
		if i == 0 || b.cell != rows[i-1].cell {
			cells++
			cellLen = 0
		}
		cellLen += b.text + 1
		total += b.text + 3
		if cellLen > maxCell || total > maxRow {
			return
		}
	}
	if cells < 2 {
		return
	}
	if bare, ok := creditLabelled(h.arena[rows[0].off : rows[0].off+rows[0].text]); cells == 2 && ok && bare {
		return // "Penulis | : Nama": a credit printed as a label cell and its value, not a row of data
	}
	buf := h.rowBuf[:0]
	links := 0
	for i := range rows {
		b := &rows[i]
		if i > 0 {
			if b.cell != rows[i-1].cell {
				buf = append(buf, " | "...)
			} else {
				buf = append(buf, ' ')
			}
		}
		buf = append(buf, h.arena[b.off:b.off+b.text]...)
		links += b.links
	}
	h.rowBuf = buf
	first := rows[0]
	merged := hblock{block: block{href: first.href, at: first.at, cells: uint8(min(cells, maxCells))}, off: first.off, text: len(buf), links: min(links, len(buf)), body: first.body, cell: first.cell}
	merged.linked = links*2 > len(buf)
	if !merged.linked {
		merged.href = ""
	}
	h.arena = append(h.arena[:first.off], buf...)
	h.blocks = append(h.blocks[:start], merged)
	h.media.shift(start)
	h.cumText, h.cumLink = h.cumText[:start+1], h.cumLink[:start+1]
	h.cumText = append(h.cumText, h.cumText[start]+merged.text)
	h.cumLink = append(h.cumLink, h.cumLink[start]+merged.links)
	// The cells' own candidates and body ranges now end at the row.
	for _, cs := range [][]cand{h.cands, h.bodies} {
		for i := range cs {
			c := &cs[i]
			if c.end > start+1 {
				c.start, c.end = min(c.start, start), start+1
			}
		}
	}
}

// firstWordHash returns a hash of the first word of a class attribute: the
// name of the template part an element is, which its repeats share
// ("part part--hidden" and "part" are two of a kind). Zero for no class.
func firstWordHash(class []byte) uint32 {
	h, n := uint32(2166136261), 0
	for _, c := range class {
		if isSpaceByte(c) {
			if n > 0 {
				break
			}
			continue
		}
		h = (h ^ uint32(c)) * 16777619
		n++
	}
	if n == 0 {
		return 0
	}
	return h
}
