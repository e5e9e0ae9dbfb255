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
// the paragraphs separated by blank lines.
func renderText(a *berita.Article) []byte {
	var b bytes.Buffer
	if a.Title != "" {
		b.WriteString(a.Title + "\n")
	}
	if d := formatTime(a.Published, a.PublishedPrecision); d != "" {
		b.WriteString(d + "\n")
	}
	for _, p := range a.Paragraphs {
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(p.Text + "\n")
	}
	return b.Bytes()
}

// renderMarkdown prints an article as Markdown: the title as a heading, a
// list of metadata (outlet, published, authors, URL), the paragraphs as
// written with subheadings as "##" headings, and the related links as a
// list at the end.
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
	for _, p := range a.Paragraphs {
		if p.Kind == berita.KindHeading {
			para("## %s", mdEscape(p.Text))
		} else {
			para("%s", mdEscape(p.Text))
		}
	}
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
