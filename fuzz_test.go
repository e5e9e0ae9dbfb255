package berita

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// hostileInputs are small hand-made inputs that have broken parsers before:
// markup in the wrong place, unclosed tags, lying charsets, URLs that are
// not web addresses, quotes and cues with nothing after them.
var hostileInputs = []string{
	"",
	" \n\t ",
	"\x00\x00\x00",
	"\xff\xfe\xfd",
	"<",
	"<<<<>>>>",
	"<p>",
	"<p></p><p> </p>",
	"<div><div><div><b><a><table>",
	"</p></div></body></html>",
	"<!-- <p>komentar</p>",
	"<script>",
	"<script>var x = '<p>bukan teks</p>';</script>",
	"<title>&lt;b&gt;Judul&lt;/b&gt;</title><p>&lt;script&gt;alert(1)&lt;/script&gt; teks</p>",
	"<p>a &lt;b teks x&lt;y</p>",
	"<meta charset=iso-8859-1><p>“Kutipan,” kata Budi.</p>",
	"<meta charset=utf-16><p>teks</p>",
	"\xfe\xff\x00<\x00p\x00>\x00a",
	"\xff\xfe<\x00p\x00>\x00a\x00",
	"\xef\xbb\xbf<p>BOM</p>",
	`<link rel=canonical href="javascript:alert(1)"><meta property="og:image" content="data:image/png;base64,AAAA"><p><a href="JavaScript:alert(1)">Baca juga: Judul</a></p>`,
	`<meta property="og:url" content=" DATA:text/html,x"><a href="?page=2">2</a><a href="vbscript:x">3</a>`,
	`<script type="application/ld+json">[[[[[[[[[[{"@type":"NewsArticle","headline":"<b>x</b>","datePublished":"0001-01-01"}]]]]]]]]]]</script>`,
	`<script type="application/ld+json">{"@graph":[{"@graph":[{"@graph":[{"@graph":[{"@graph":[{"@type":"NewsArticle"}]}]}]}]}]}</script>`,
	"Baca juga:",
	"Baca juga: ",
	"Baca juga: X\nBaca juga: X\nX",
	"JAKARTA, KOMPAS.com -",
	"JAKARTA, KOMPAS.com - \"",
	"“", "\"\"", "”“", "(mdk/yan)", "()", "(",
	"Jakarta - Selasa (11/7/2023) pukul 99:99 WIB",
	"Kompas.com - 31/02/9999, 25:61 WIB",
	"Penulis: \nEditor: ",
	strings.Repeat("<b>", 600) + "teks" + strings.Repeat("</b>", 600),
	strings.Repeat("<p>Baca juga: judul\n", 50),
	strings.Repeat("“a ", 200),
}

// seedFixtures adds every fixture of testdata to f, HTML and text alike (each
// parser must survive the other's input), and the hand-made hostile inputs.
// For HTML it adds also a few truncated prefixes, where unclosed tags and
// cut entities are.
func seedFixtures(f *testing.F) {
	files, err := filepath.Glob("testdata/*.*[lt]")
	require.NoError(f, err)
	require.NotEmpty(f, files)
	for i, file := range files {
		b, err := os.ReadFile(file)
		require.NoError(f, err)
		f.Add(b)
		if strings.HasSuffix(file, ".html") && i%4 == 0 {
			for _, n := range []int{len(b) / 3, len(b) / 2, len(b) - 7} {
				f.Add(b[:n])
			}
		}
	}
	for _, s := range hostileInputs {
		f.Add([]byte(s))
	}
}

func FuzzParseHTML(f *testing.F) {
	seedFixtures(f)
	p := &Parser{Now: goldenNow}
	f.Fuzz(func(t *testing.T, b []byte) {
		parse := func() (*Article, error) { return p.ParseHTML(bytes.NewReader(b)) }
		checkParse(t, parse)
	})
}

func FuzzParseText(f *testing.F) {
	seedFixtures(f)
	for _, tt := range dateTests {
		f.Add([]byte("Jakarta - " + tt.in + "\nTeks berita."))
	}
	p := &Parser{Now: goldenNow}
	f.Fuzz(func(t *testing.T, b []byte) {
		parse := func() (*Article, error) { return p.ParseText(string(b)) }
		checkParse(t, parse)
	})
}

// checkParse runs parse twice and checks that the results are equal, that an
// error is berita's, and that the Article keeps the invariants.
func checkParse(t *testing.T, parse func() (*Article, error)) {
	t.Helper()
	a, err := parse()
	if err != nil && !strings.HasPrefix(err.Error(), "berita: ") {
		t.Fatalf("error %q does not start with \"berita: \"", err)
	}
	a2, err2 := parse()
	if (err == nil) != (err2 == nil) || err != nil && err.Error() != err2.Error() {
		t.Fatalf("not deterministic: error %v, then %v", err, err2)
	}
	if !reflect.DeepEqual(a, a2) {
		t.Fatalf("not deterministic:\n%s\nthen\n%s", jsonOf(a), jsonOf(a2))
	}
	if a != nil {
		checkArticle(t, a)
	}
}

func jsonOf(a *Article) []byte {
	b, _ := json.MarshalIndent(a, "", "  ")
	return b
}

// checkArticle checks the invariants every Article keeps, whatever the input:
// its body is clean text of the known kinds (a row's cells are its text),
// its word count counts it, its indexes point into it, its links, images
// and embeds are web addresses, and it survives JSON unchanged.
func checkArticle(t testing.TB, a *Article) {
	t.Helper()
	words := 0
	for i, p := range a.Paragraphs {
		if p.Text == "" || strings.TrimSpace(p.Text) != p.Text {
			t.Errorf("paragraph %d %q is empty or not trimmed", i, p.Text)
		}
		switch p.Kind {
		case KindText, KindHeading, KindItem:
			if p.Cells != nil {
				t.Errorf("paragraph %d of kind %q has cells", i, p.Kind)
			}
		case KindRow:
			if p.Cells != nil && strings.Join(p.Cells, " | ") != p.Text {
				t.Errorf("row %d %q has cells %q", i, p.Text, p.Cells)
			}
		default:
			t.Errorf("paragraph %d has kind %q", i, p.Kind)
		}
		checkNoMarkup(t, "paragraph", p.Text)
		words += len(strings.Fields(p.Text))
	}
	if words != a.WordCount {
		t.Errorf("word count %d, the paragraphs hold %d", a.WordCount, words)
	}
	checkNoMarkup(t, "description", a.Description)
	for _, im := range a.Images {
		if im.Paragraph < 0 || im.Paragraph > len(a.Paragraphs) {
			t.Errorf("image %+v has paragraph %d of %d", im, im.Paragraph, len(a.Paragraphs))
		}
		if im.URL == "" && im.Caption == "" && im.Credit == "" {
			t.Errorf("image %+v is empty", im)
		}
		if im.URL != "" && !strings.HasPrefix(im.URL, "http://") && !strings.HasPrefix(im.URL, "https://") {
			t.Errorf("image URL %q is not an absolute web address", im.URL)
		}
	}
	for _, e := range a.Embeds {
		if e.Paragraph < 0 || e.Paragraph > len(a.Paragraphs) || e.Kind == "" {
			t.Errorf("embed %+v: no kind, or paragraph %d of %d", e, e.Paragraph, len(a.Paragraphs))
		}
		if e.URL != "" && !strings.HasPrefix(e.URL, "http://") && !strings.HasPrefix(e.URL, "https://") {
			t.Errorf("embed URL %q is not an absolute web address", e.URL)
		}
	}
	checkNoMarkup(t, "title", a.Title)
	for _, l := range a.Related {
		for i, p := range a.Paragraphs {
			if l.Title == p.Text {
				t.Errorf("related title %q is also paragraph %d", l.Title, i)
			}
		}
	}
	for _, q := range a.Quotes {
		if q.Paragraph < 0 || q.Paragraph >= len(a.Paragraphs) {
			t.Errorf("quote %q has paragraph %d of %d", q.Text, q.Paragraph, len(a.Paragraphs))
		} else if !strings.Contains(a.Paragraphs[q.Paragraph].Text, q.Text) {
			t.Errorf("quote %q is not in paragraph %d %q", q.Text, q.Paragraph, a.Paragraphs[q.Paragraph].Text)
		}
	}
	for _, d := range a.Dates {
		if d.Paragraph < 0 || d.Paragraph >= len(a.Paragraphs) {
			t.Errorf("date %q has paragraph %d of %d", d.Text, d.Paragraph, len(a.Paragraphs))
		}
	}
	if !a.Published.IsZero() {
		if y := a.Published.Year(); y < 1900 || y > 2100 {
			t.Errorf("published %v: year out of range", a.Published)
		}
	}
	if !a.Modified.IsZero() {
		if y := a.Modified.Year(); y < 1900 || y > 2100 {
			t.Errorf("modified %v: year out of range", a.Modified)
		}
	}
	forStrings(reflect.ValueOf(a).Elem(), func(s string) {
		if !utf8.ValidString(s) {
			t.Errorf("invalid UTF-8 in %q", s)
		}
	})
	urls := []string{a.URL, a.Image, a.NextPage}
	for _, l := range a.Related {
		urls = append(urls, l.URL)
	}
	for _, u := range urls {
		if l := strings.ToLower(strings.TrimSpace(u)); strings.HasPrefix(l, "javascript:") || strings.HasPrefix(l, "data:") {
			t.Errorf("URL %q is not a web address", u)
		}
	}
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatalf("json.Marshal: %v", err)
	}
	var back Article
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("json.Unmarshal(%s): %v", b, err)
	}
	b2, err := json.Marshal(&back)
	if err != nil {
		t.Fatalf("json.Marshal again: %v", err)
	}
	if !bytes.Equal(b, b2) {
		t.Errorf("JSON round trip changed the Article:\n%s\nthen\n%s", b, b2)
	}
}

// checkNoMarkup fails when s holds a tag, whole or cut off by the end of
// s, as stripMarkup reads one: markup that should have gone.
func checkNoMarkup(t testing.TB, what, s string) {
	t.Helper()
	for i := strings.IndexByte(s, '<'); i >= 0; {
		if tagEnd(s[i:]) != 0 {
			t.Errorf("%s %q holds markup at byte %d", what, s, i)
			return
		}
		j := strings.IndexByte(s[i+1:], '<')
		if j < 0 {
			break
		}
		i += 1 + j
	}
}

// forStrings calls f with every string in v, through structs and slices.
func forStrings(v reflect.Value, f func(string)) {
	switch v.Kind() {
	case reflect.String:
		f(v.String())
	case reflect.Struct:
		if v.Type().PkgPath() == "time" {
			return
		}
		for i := range v.NumField() {
			forStrings(v.Field(i), f)
		}
	case reflect.Slice:
		for i := range v.Len() {
			forStrings(v.Index(i), f)
		}
	}
}

// TestFixtureInvariants checks the invariants on every golden fixture.
func TestFixtureInvariants(t *testing.T) {
	files, err := filepath.Glob("testdata/*.*[lt]")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			checkArticle(t, parseFixture(t, file))
		})
	}
}

// TestHostileInputs checks the hand-made seeds of the fuzzers as a normal test.
func TestHostileInputs(t *testing.T) {
	p := &Parser{Now: goldenNow}
	for _, s := range hostileInputs {
		checkParse(t, func() (*Article, error) { return p.ParseHTML(strings.NewReader(s)) })
		checkParse(t, func() (*Article, error) { return p.ParseText(s) })
	}
}
