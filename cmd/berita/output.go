package main

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/warta-id/berita"
	"github.com/warta-id/berita/internal/record"
)

// render prints an article as o.output asks: JSON (indent asks for the
// indented JSON of a single article, without the record's file field),
// text or Markdown.
func render(o *options, a *berita.Article, indent bool) ([]byte, error) {
	switch o.output {
	case "text":
		return renderText(a), nil
	case "md":
		return renderMarkdown(a), nil
	}
	return o.rec.JSON(&record.Input{}, nil, a, indent)
}

// mdInline escapes the characters that start Markdown's inline markup
// anywhere in a line: emphasis, code, links, autolinks and raw HTML, and
// the backslash itself.
var mdInline = strings.NewReplacer(`\`, `\\`, `*`, `\*`, `_`, `\_`, "`", "\\`", `[`, `\[`, `]`, `\]`, `<`, `\<`, `>`, `\>`)

// mdEscape makes a line of text print as itself in Markdown (CommonMark):
// the inline markup characters are escaped, and so is a line opening that
// would make a heading ("# "), a list item ("- ", "+ ", "1. ", "1) ") or a
// rule or setext underline ("---", "===").
func mdEscape(s string) string {
	s = mdInline.Replace(s)
	if s == "" {
		return s
	}
	switch s[0] {
	case '#', '-', '+', '=':
		return `\` + s
	}
	i := 0
	for i < len(s) && i < 9 && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') {
		return s[:i] + `\` + s[i:]
	}
	return s
}

// renderText prints an article as plain text: the title, a date line, and
// the paragraphs separated by blank lines; a list's items, each opening
// with "• ", and a table's rows, their cells joined by " | ", stand on
// lines of their own with no blank line between them.
func renderText(a *berita.Article) []byte {
	var b bytes.Buffer
	if a.Title != "" {
		b.WriteString(a.Title + "\n")
	}
	if d := formatTime(a.Published, a.PublishedPrecision); d != "" {
		b.WriteString(d + "\n")
	}
	for i, p := range a.Paragraphs {
		if b.Len() > 0 && !sameRun(a.Paragraphs, i) {
			b.WriteByte('\n')
		}
		if p.Kind == berita.KindItem {
			b.WriteString("• ")
		}
		b.WriteString(p.Text + "\n")
	}
	return b.Bytes()
}

// sameRun reports whether paragraph i goes on the list or the table of the
// paragraph before it: both items, or both rows.
func sameRun(paras []berita.Paragraph, i int) bool {
	if i == 0 {
		return false
	}
	k := paras[i].Kind
	return (k == berita.KindItem || k == berita.KindRow) && paras[i-1].Kind == k
}

// renderMarkdown prints an article as Markdown: the title as a heading, a
// list of metadata (outlet, published, authors, URL), the paragraphs as
// written with subheadings as "##" headings, a list's items as a list and a
// table's rows as a table (its first row the header), the images where
// they stand ("![caption](url)", the credit under it) and the embeds as
// links, and the related links as a list at the end.
func renderMarkdown(a *berita.Article) []byte {
	var b bytes.Buffer
	para := func(format string, args ...any) {
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		fmt.Fprintf(&b, format+"\n", args...)
	}
	if a.Title != "" {
		para("# %s", mdEscape(a.Title))
	}
	var meta []string
	if a.Outlet != "" {
		meta = append(meta, "- Outlet: "+mdInline.Replace(a.Outlet))
	}
	if d := formatTime(a.Published, a.PublishedPrecision); d != "" {
		meta = append(meta, "- Published: "+d)
	}
	if len(a.Authors) > 0 {
		meta = append(meta, "- Authors: "+mdInline.Replace(strings.Join(a.Authors, ", ")))
	}
	if a.URL != "" {
		meta = append(meta, "- URL: <"+a.URL+">")
	}
	if len(meta) > 0 {
		para("%s", strings.Join(meta, "\n"))
	}
	media := func(at int) {
		for _, im := range a.Images {
			if im.Paragraph == at || at == len(a.Paragraphs) && im.Paragraph > at {
				para("%s", mdImage(im, a.Language))
			}
		}
		for _, e := range a.Embeds {
			if e.URL != "" && (e.Paragraph == at || at == len(a.Paragraphs) && e.Paragraph > at) {
				para("[%s](<%s>)", mdInline.Replace(e.Kind), mdURL.Replace(e.URL))
			}
		}
	}
	for i := 0; i < len(a.Paragraphs); i++ {
		media(i)
		switch p := a.Paragraphs[i]; p.Kind {
		case berita.KindHeading:
			para("## %s", mdEscape(p.Text))
		case berita.KindItem:
			// A list's items, up to the next picture or embed.
			var items []string
			for ; i < len(a.Paragraphs) && a.Paragraphs[i].Kind == berita.KindItem && (len(items) == 0 || !mediaAt(a, i)); i++ {
				items = append(items, "- "+mdEscape(a.Paragraphs[i].Text))
			}
			i--
			para("%s", strings.Join(items, "\n"))
		case berita.KindRow:
			var rows [][]string
			for ; i < len(a.Paragraphs) && a.Paragraphs[i].Kind == berita.KindRow && (len(rows) == 0 || !mediaAt(a, i)); i++ {
				r := a.Paragraphs[i]
				cells := r.Cells
				if cells == nil {
					cells = []string{r.Text}
				}
				rows = append(rows, cells)
			}
			i--
			para("%s", mdTable(rows))
		default:
			para("%s", mdEscape(p.Text))
		}
	}
	media(len(a.Paragraphs))
	if len(a.Related) > 0 {
		para("Related:")
		b.WriteByte('\n')
		for _, l := range a.Related {
			title := mdEscape(l.Title)
			if l.URL != "" {
				fmt.Fprintf(&b, "- [%s](<%s>)\n", title, l.URL)
			} else {
				fmt.Fprintf(&b, "- %s\n", title)
			}
		}
	}
	return b.Bytes()
}

// mediaAt reports whether an image or an embed stands before paragraph i.
func mediaAt(a *berita.Article, i int) bool {
	for _, im := range a.Images {
		if im.Paragraph == i {
			return true
		}
	}
	for _, e := range a.Embeds {
		if e.Paragraph == i && e.URL != "" {
			return true
		}
	}
	return false
}

// mdImage prints an image: "![caption](<url>)", or the caption in italics
// when the input gave no picture, and the credit on the line under it.
func mdImage(im berita.Image, lang string) string {
	var b strings.Builder
	caption := mdInline.Replace(im.Caption)
	switch {
	case im.URL != "":
		fmt.Fprintf(&b, "![%s](<%s>)", caption, mdURL.Replace(im.URL))
	case caption != "":
		b.WriteString("*" + caption + "*")
	}
	if im.Credit != "" {
		if b.Len() > 0 {
			b.WriteString("\\\n") // a hard line break
		}
		label := "Foto: "
		if lang == "en" {
			label = "Photo: "
		}
		b.WriteString(label + mdInline.Replace(im.Credit))
	}
	return b.String()
}

// mdURL escapes what would end a link destination in angle brackets.
var mdURL = strings.NewReplacer("<", "%3C", ">", "%3E", "\n", "%0A")

// mdTable prints the rows of a table as a Markdown table, the first row its
// header, every row as wide as the widest.
func mdTable(rows [][]string) string {
	width := 0
	for _, r := range rows {
		width = max(width, len(r))
	}
	var b strings.Builder
	line := func(cells []string) {
		b.WriteString("|")
		for i := range width {
			c := ""
			if i < len(cells) {
				c = strings.ReplaceAll(mdInline.Replace(cells[i]), "|", `\|`)
			}
			b.WriteString(" " + c + " |")
		}
	}
	for i, r := range rows {
		if i > 0 {
			b.WriteByte('\n')
		}
		line(r)
		if i == 0 {
			b.WriteString("\n|" + strings.Repeat(" --- |", width))
		}
	}
	return b.String()
}

// formatTime prints a time to the precision the input stated, with the
// Indonesian zone name when it is one: "2025-05-28 13:30 WIB",
// "2023-07-11". It returns "" for the zero time.
func formatTime(t time.Time, p berita.Precision) string {
	if t.IsZero() {
		return ""
	}
	switch p {
	case berita.PrecisionYear:
		return t.Format("2006")
	case berita.PrecisionMonth:
		return t.Format("2006-01")
	case berita.PrecisionDay:
		return t.Format("2006-01-02")
	}
	layout := "2006-01-02 15:04"
	if p == berita.PrecisionSecond {
		layout += ":05"
	}
	_, off := t.Zone()
	switch off {
	case 7 * 3600:
		return t.Format(layout) + " WIB"
	case 8 * 3600:
		return t.Format(layout) + " WITA"
	case 9 * 3600:
		return t.Format(layout) + " WIT"
	case 0:
		return t.Format(layout) + " UTC"
	}
	return t.Format(layout + " -07:00")
}
