package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/warta-id/berita"
	"github.com/warta-id/berita/internal/record"
	"github.com/warta-id/berita/internal/warctest"
)

var update = flag.Bool("update", false, "rewrite the testdata/*.golden.* files")

// now is the reference time of every run, so that relative dates and the
// output do not depend on the clock.
const now = "2025-09-01T12:00:00+07:00"

// fixtures is the project's testdata folder.
const fixtures = "../../testdata"

// runBerita runs the command in-process with -now fixed.
func runBerita(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(append([]string{"-now", now}, args...), strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

// parseAlone parses a file with the library, as the command's single-file
// mode does.
func parseAlone(t *testing.T, file, url string) (*berita.Article, error) {
	t.Helper()
	data, err := os.ReadFile(file)
	require.NoError(t, err)
	tm, err := time.Parse(time.RFC3339, now)
	require.NoError(t, err)
	p := &berita.Parser{URL: url, Now: tm}
	if strings.HasSuffix(file, ".txt") {
		return p.ParseText(string(data))
	}
	return p.ParseHTML(bytes.NewReader(data))
}

// A line is one record of JSON Lines output, decoded.
type line struct {
	File      string `json:"file"`
	SourceURL string `json:"source_url"`
	Error     string `json:"error"`
	berita.Article
}

func decodeLines(t *testing.T, out string) []line {
	t.Helper()
	var lines []line
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		var l line
		require.NoError(t, json.Unmarshal(sc.Bytes(), &l), sc.Text())
		lines = append(lines, l)
	}
	return lines
}

// fixtureFiles returns the project's *.html and *.txt fixtures, sorted.
func fixtureFiles(t *testing.T) []string {
	t.Helper()
	var files []string
	for _, pat := range []string{"*.html", "*.txt"} {
		m, err := filepath.Glob(filepath.Join(fixtures, pat))
		require.NoError(t, err)
		files = append(files, m...)
	}
	slices.Sort(files)
	require.NotEmpty(t, files)
	return files
}

// copyFile copies src to dst, gzipping it when dst ends in .gz.
func copyFile(t *testing.T, src, dst string) {
	t.Helper()
	data, err := os.ReadFile(src)
	require.NoError(t, err)
	require.NoError(t, os.MkdirAll(filepath.Dir(dst), 0o755))
	if strings.HasSuffix(dst, ".gz") {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		_, err := zw.Write(data)
		require.NoError(t, err)
		require.NoError(t, zw.Close())
		data = buf.Bytes()
	}
	require.NoError(t, os.WriteFile(dst, data, 0o644))
}

// homepage is a page of links, which the library reports as not an article.
func homepage() string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><head><title>Beranda - Contoh News</title></head><body><ul>`)
	for i := range 30 {
		fmt.Fprintf(&b, `<li><a href="https://contoh.id/berita/%d">Judul berita nomor %d tentang banjir di Jakarta</a></li>`, i, i)
	}
	b.WriteString(`</ul></body></html>`)
	return b.String()
}

func TestSingleFile(t *testing.T) {
	for _, name := range []string{"kompas-2025.html", "tribunnews-lines.txt"} {
		t.Run(name, func(t *testing.T) {
			file := filepath.Join(fixtures, name)
			code, out, errOut := runBerita(t, "", file)
			require.Equal(t, 0, code, errOut)
			assert.Empty(t, errOut, "no summary for a single file")
			want, err := parseAlone(t, file, "")
			require.NoError(t, err)
			var got berita.Article
			require.NoError(t, json.Unmarshal([]byte(out), &got))
			assert.Equal(t, want.Title, got.Title)
			assert.Equal(t, len(want.Paragraphs), len(got.Paragraphs))
			assert.True(t, strings.HasPrefix(out, "{\n  \""), "indented JSON: %.40q", out)
			assert.Equal(t, 1, strings.Count(out, "\n}\n"), "one object")
		})
	}
}

func TestSingleStdin(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(fixtures, "kompas-glued.txt"))
	require.NoError(t, err)
	for _, args := range [][]string{nil, {"-"}} {
		code, out, errOut := runBerita(t, string(data), args...)
		require.Equal(t, 0, code, errOut)
		var a berita.Article
		require.NoError(t, json.Unmarshal([]byte(out), &a))
		assert.NotEmpty(t, a.Paragraphs)
	}
}

func TestSingleErrors(t *testing.T) {
	dir := t.TempDir()
	home := filepath.Join(dir, "home.html")
	require.NoError(t, os.WriteFile(home, []byte(homepage()), 0o644))
	tests := []struct {
		file, want string
		code       int
	}{
		{filepath.Join(dir, "missing.html"), "missing.html: no such file or directory", 1},
		{home, "home.html: not an article", 0}, // skipped, as in a batch
	}
	for _, tt := range tests {
		code, out, errOut := runBerita(t, "", tt.file)
		assert.Equal(t, tt.code, code, tt.file)
		assert.Empty(t, out)
		assert.Contains(t, errOut, tt.want)
	}
}

func TestUsageErrors(t *testing.T) {
	file := filepath.Join(fixtures, "kompas-2025.html")
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"-o", "xml", file}, `unknown -o "xml"`},
		{[]string{"-format", "pdf", file}, `unknown -format "pdf"`},
		{[]string{"-j", "0", file}, "-j 0"},
		{[]string{"-min-words", "-1", file}, "-min-words -1"},
		{[]string{"-fields", "title,nope", file}, `no field "nope"`},
		{[]string{"-fields", "title", "-o", "md", file}, "-fields needs -o json"},
		{[]string{"-now", "yesterday", file}, "-now"},
		{[]string{"-frobnicate", file}, "flag provided but not defined"},
		{[]string{"-url", "https://www.kompas.com/read/1", file, file}, "-url is for a single input"},
		{[]string{"-url", "https://www.kompas.com/read/1", fixtures}, "-url is for a single input"},
	}
	for _, tt := range tests {
		var out, errOut bytes.Buffer
		code := run(tt.args, strings.NewReader(""), &out, &errOut)
		assert.Equal(t, 2, code, "%v", tt.args)
		assert.Contains(t, errOut.String(), tt.want, "%v", tt.args)
		assert.Empty(t, out.String(), "%v", tt.args)
	}
}

func TestUsageText(t *testing.T) {
	var out, errOut bytes.Buffer
	assert.Equal(t, 0, run([]string{"-h"}, nil, &out, &errOut))
	for _, want := range []string{"not an article", "skipped, not failed", "-j", "-outlet", "-min-words", "-fields", "form-feed", `"---"`, "Exit status",
		"takes:\nurl, outlet, title, description,", "word_count, images, embeds, related"} {
		assert.Contains(t, errOut.String(), want)
	}
}

// TestBatchFolder walks a folder holding the fixtures in two subfolders,
// one gzipped, beside files that are not inputs.
func TestBatchFolder(t *testing.T) {
	dir := t.TempDir()
	files := fixtureFiles(t)
	var want []string
	for i, f := range files {
		dst := filepath.Join(dir, "a", filepath.Base(f))
		if i%2 == 1 {
			dst = filepath.Join(dir, "b", filepath.Base(f)+".gz")
		}
		copyFile(t, f, dst)
		want = append(want, dst)
	}
	copyFile(t, filepath.Join(fixtures, "README.md"), filepath.Join(dir, "a", "README.md"))
	copyFile(t, filepath.Join(fixtures, "kompas-2025.golden.json"), filepath.Join(dir, "b", "kompas-2025.golden.json"))
	slices.Sort(want)

	for _, j := range []string{"1", "3"} {
		code, out, errOut := runBerita(t, "", "-j", j, dir)
		require.Equal(t, 0, code, errOut)
		lines := decodeLines(t, out)
		require.Len(t, lines, len(files))
		for i, l := range lines {
			assert.Equal(t, want[i], l.File, "record %d", i)
			assert.Empty(t, l.Error, l.File)
			assert.NotEmpty(t, l.Paragraphs, l.File)
		}
		assert.Contains(t, errOut, fmt.Sprintf("berita: %d parsed, 0 failed, 0 skipped (not articles), 2 files skipped (not pages); ", len(files)))
	}

	// A gzipped copy parses as the original does.
	gz := filepath.Join(dir, "b", "kompas-2025.html.gz")
	copyFile(t, filepath.Join(fixtures, "kompas-2025.html"), gz)
	_, plain, _ := runBerita(t, "", filepath.Join(fixtures, "kompas-2025.html"))
	_, zipped, _ := runBerita(t, "", gz)
	assert.Equal(t, plain, zipped)
}

// TestFlagsAfterPaths checks that flags stand anywhere on the command
// line, and that after "--" everything is a path.
func TestFlagsAfterPaths(t *testing.T) {
	file := filepath.Join(fixtures, "kompas-2025.html")
	code, before, errOut := runBerita(t, "", "-fields", "title", file)
	require.Equal(t, 0, code, errOut)
	code, after, errOut := runBerita(t, "", file, "-fields", "title")
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, before, after)
	assert.NotContains(t, after, "paragraphs")

	code, out, errOut := runBerita(t, "", "-q", "--", file, "-fields")
	assert.Equal(t, 1, code, "a file named -fields does not exist")
	lines := decodeLines(t, out)
	require.Len(t, lines, 2)
	assert.Equal(t, "-fields", lines[1].File)
	assert.Contains(t, lines[1].Error, "no such file")
	assert.Empty(t, errOut)
}

// TestBatchMirror walks a folder as wget and HTTrack mirror a site: pages
// saved under the server's names (.shtml, .xhtml, .php, .aspx, no extension)
// and symbolic links to pages are inputs when their content is HTML; the
// rest is counted in the summary.
func TestBatchMirror(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(fixtures, "kompas-2025.html")
	for _, name := range []string{"berita.shtml", "cetak.xhtml", "index.php", "detail.aspx", "read/2025/05/28/13300001/banjir"} {
		copyFile(t, page, filepath.Join(dir, name))
	}
	outside := filepath.Join(t.TempDir(), "page.html")
	copyFile(t, page, outside)
	require.NoError(t, os.Symlink(outside, filepath.Join(dir, "tautan.html")))
	require.NoError(t, os.Symlink(filepath.Join(dir, "hilang.html"), filepath.Join(dir, "rusak.html"))) // broken
	require.NoError(t, os.WriteFile(filepath.Join(dir, "logo"), []byte("\x89PNG\r\n\x1a\n\x00\x00"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "style.css"), []byte("p { margin: 0 }"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "api.php"), []byte(`{"ok": true}`), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, ".htaccess"), []byte("Options -Indexes"), 0o644))

	code, out, errOut := runBerita(t, "", "-j", "2", dir)
	require.Equal(t, 0, code, errOut)
	var got []string
	for _, l := range decodeLines(t, out) {
		rel, err := filepath.Rel(dir, l.File)
		require.NoError(t, err)
		got = append(got, filepath.ToSlash(rel))
		assert.Empty(t, l.Error, l.File)
		assert.NotEmpty(t, l.Paragraphs, l.File)
	}
	assert.Equal(t, []string{"berita.shtml", "cetak.xhtml", "detail.aspx", "index.php", "read/2025/05/28/13300001/banjir", "tautan.html"}, got)
	assert.Contains(t, errOut, "6 parsed, 0 failed, 0 skipped (not articles), 5 files skipped (not pages)")
}

// TestBatchOrder parses the fixtures in an order that is not sorted, with
// more workers than files: the output keeps the order of the arguments and
// is the same whatever -j.
func TestBatchOrder(t *testing.T) {
	files := fixtureFiles(t)
	slices.Reverse(files)
	files = append(files, files[:5]...) // repeats are parsed again
	var first string
	for _, j := range []string{"1", "2", "8", "64"} {
		code, out, errOut := runBerita(t, "", append([]string{"-q", "-j", j}, files...)...)
		require.Equal(t, 0, code, errOut)
		assert.Empty(t, errOut, "-q")
		lines := decodeLines(t, out)
		require.Len(t, lines, len(files))
		for i, l := range lines {
			assert.Equal(t, files[i], l.File)
		}
		if first == "" {
			first = out
		}
		assert.Equal(t, first, out, "-j %s", j)
	}
}

// TestBatchErrors checks that a failing input prints an error record in its
// place and does not stop the batch, and that a page that is not an article
// is skipped, not failed.
func TestBatchErrors(t *testing.T) {
	dir := t.TempDir()
	home := filepath.Join(dir, "home.html")
	require.NoError(t, os.WriteFile(home, []byte(homepage()), 0o644))
	bad := filepath.Join(dir, "bad.html.gz")
	require.NoError(t, os.WriteFile(bad, []byte("\x1f\x8b\x08\x00garbage"), 0o644))
	good := filepath.Join(fixtures, "detik-2024.html")
	missing := filepath.Join(dir, "missing.txt")

	tests := []struct {
		name   string
		args   []string
		code   int
		errors []string // the error of each record, "" for an article
		sum    string
	}{
		{"not an article", []string{home, good}, 0, []string{"berita: not an article", ""}, "1 parsed, 0 failed, 1 skipped"},
		{"missing", []string{missing, good, home}, 1, []string{"no such file or directory", "", "berita: not an article"}, "1 parsed, 1 failed, 1 skipped"},
		{"bad gzip", []string{good, bad, good}, 1, []string{"", "gzip: ", ""}, "2 parsed, 1 failed, 0 skipped"},
		{"empty", []string{"-", good}, 1, []string{"berita: no content", ""}, "1 parsed, 1 failed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runBerita(t, "", append([]string{"-j", "2"}, tt.args...)...)
			assert.Equal(t, tt.code, code)
			lines := decodeLines(t, out)
			require.Len(t, lines, len(tt.args))
			for i, l := range lines {
				assert.Equal(t, tt.args[i], l.File)
				if tt.errors[i] == "" {
					assert.Empty(t, l.Error)
					assert.NotEmpty(t, l.Title)
				} else {
					assert.Contains(t, l.Error, tt.errors[i])
					assert.Empty(t, l.Paragraphs, "an error record holds no article")
				}
			}
			assert.Contains(t, errOut, "berita: "+tt.sum)
		})
	}
}

func TestBatchStdin(t *testing.T) {
	text, err := os.ReadFile(filepath.Join(fixtures, "kompas-glued.txt"))
	require.NoError(t, err)
	a := filepath.Join(fixtures, "kompas-2025.html")
	b := filepath.Join(fixtures, "detik-lines.txt")
	code, out, errOut := runBerita(t, string(text), a, "-", b)
	require.Equal(t, 0, code, errOut)
	lines := decodeLines(t, out)
	require.Len(t, lines, 3)
	assert.Equal(t, []string{a, "-", b}, []string{lines[0].File, lines[1].File, lines[2].File})
	want, err := parseAlone(t, filepath.Join(fixtures, "kompas-glued.txt"), "")
	require.NoError(t, err)
	assert.Equal(t, want.Paragraphs, lines[1].Paragraphs)
}

func TestFilters(t *testing.T) {
	files := fixtureFiles(t)
	all := map[string]*berita.Article{}
	for _, f := range files {
		a, err := parseAlone(t, f, "")
		require.NoError(t, err, f)
		all[f] = a
	}
	count := func(keep func(*berita.Article) bool) int {
		n := 0
		for _, a := range all {
			if keep(a) {
				n++
			}
		}
		return n
	}
	tests := []struct {
		args []string
		keep func(*berita.Article) bool
	}{
		{[]string{"-outlet", "kompas"}, func(a *berita.Article) bool { return strings.Contains(strings.ToLower(a.Outlet), "kompas") }},
		{[]string{"-outlet", "KOMPAS, detik"}, func(a *berita.Article) bool {
			o := strings.ToLower(a.Outlet)
			return strings.Contains(o, "kompas") || strings.Contains(o, "detik")
		}},
		{[]string{"-min-words", "250"}, func(a *berita.Article) bool { return a.WordCount >= 250 }},
		{[]string{"-outlet", "tribun", "-min-words", "100"}, func(a *berita.Article) bool {
			return strings.Contains(strings.ToLower(a.Outlet), "tribun") && a.WordCount >= 100
		}},
	}
	for _, tt := range tests {
		code, out, errOut := runBerita(t, "", append(tt.args, files...)...)
		require.Equal(t, 0, code, errOut)
		lines := decodeLines(t, out)
		n := count(tt.keep)
		require.Len(t, lines, n, "%v", tt.args)
		require.True(t, n > 0 && n < len(files), "%v keeps %d of %d: not a test", tt.args, n, len(files))
		for _, l := range lines {
			assert.True(t, tt.keep(all[l.File]), "%v kept %s", tt.args, l.File)
		}
		assert.Contains(t, errOut, fmt.Sprintf("%d filtered out", len(files)-n), "%v", tt.args)
	}
}

func TestFields(t *testing.T) {
	file := filepath.Join(fixtures, "kompas-2025.html")
	missing := filepath.Join(t.TempDir(), "missing.html")
	code, out, _ := runBerita(t, "", "-fields", "paragraphs, title,published", file, missing)
	assert.Equal(t, 1, code)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 2)
	var rec map[string]json.RawMessage
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &rec))
	assert.ElementsMatch(t, []string{"file", "title", "published", "paragraphs"}, slices.Collect(maps.Keys(rec)))
	assert.True(t, strings.HasPrefix(lines[0], `{"file":"`+file+`","title":"Banjir Rob`), "the Article's order: %.80s", lines[0])
	assert.Regexp(t, `^\{"file":".*missing.html","error":".*no such file or directory"\}$`, lines[1])

	// One file: the trimmed article, indented, with no file field.
	code, out, _ = runBerita(t, "", "-fields", "title,url", file)
	assert.Equal(t, 0, code)
	assert.Equal(t, "{\n  \"url\": \"https://regional.kompas.com/read/2025/08/14/09124411/banjir-rob-rendam-tiga-kelurahan-di-pesisir-semarang-utara\",\n  \"title\": \"Banjir Rob Rendam Tiga Kelurahan di Pesisir Semarang Utara\"\n}\n", out)
}

// TestOutputGolden prints fixtures as text and Markdown, alone and as a
// batch, and compares with testdata/*.golden.txt and *.golden.md. Run with
// -update to rewrite them, then read them.
// TestFieldsAll checks that naming every field prints each record exactly
// as the full output does: -fields marshals field by field, and must agree
// with encoding/json on order, omission and form.
func TestFieldsAll(t *testing.T) {
	names := record.Fields()
	args := append([]string{"-j", "2"}, fixtureFiles(t)...)
	args = append(args, filepath.Join(t.TempDir(), "missing.html"))
	_, full, _ := runBerita(t, "", args...)
	_, trimmed, _ := runBerita(t, "", append([]string{"-fields", strings.Join(names, ",")}, args...)...)
	require.NotEmpty(t, full)
	assert.Equal(t, full, trimmed)

	// A WARC record, whose url stands in for the article's.
	page, err := os.ReadFile(filepath.Join(fixtures, "kompas-2025.html"))
	require.NoError(t, err)
	archive := string(warctest.Archive(false, warctest.Response("https://contoh.id/a", "text/html", string(page))))
	_, full, _ = runBerita(t, archive, "-")
	_, trimmed, _ = runBerita(t, archive, "-fields", strings.Join(names, ","), "-")
	require.NotEmpty(t, full)
	assert.Equal(t, full, trimmed)
}

func TestOutputGolden(t *testing.T) {
	batch := []string{
		filepath.Join(fixtures, "kompas-2025.html"),
		filepath.Join(fixtures, "mediaindonesia-2026.html"),
		filepath.Join(fixtures, "tribunnews-lines.txt"),
	}
	tests := []struct {
		golden string
		args   []string
	}{
		{"kompas-2025.golden.txt", []string{"-o", "text", batch[0]}},
		{"kompas-2025.golden.md", []string{"-o", "md", batch[0]}},
		{"batch.golden.txt", append([]string{"-q", "-o", "text"}, batch...)},
		{"batch.golden.md", append([]string{"-q", "-o", "md"}, batch...)},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			code, out, errOut := runBerita(t, "", tt.args...)
			require.Equal(t, 0, code, errOut)
			golden := filepath.Join("testdata", tt.golden)
			if *update {
				require.NoError(t, os.MkdirAll("testdata", 0o755))
				require.NoError(t, os.WriteFile(golden, []byte(out), 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "no golden file; run go test -run TestOutputGolden -update")
			assert.Equal(t, string(want), out)
		})
	}
}

func TestFormatTime(t *testing.T) {
	wita := time.FixedZone("", 8*3600)
	tests := []struct {
		t    time.Time
		p    berita.Precision
		want string
	}{
		{time.Time{}, berita.PrecisionNone, ""},
		{time.Date(2025, 8, 14, 9, 12, 0, 0, time.FixedZone("", 7*3600)), berita.PrecisionMinute, "2025-08-14 09:12 WIB"},
		{time.Date(2025, 8, 14, 9, 12, 5, 0, wita), berita.PrecisionSecond, "2025-08-14 09:12:05 WITA"},
		{time.Date(2025, 8, 14, 9, 12, 0, 0, time.FixedZone("", 9*3600)), berita.PrecisionMinute, "2025-08-14 09:12 WIT"},
		{time.Date(2025, 8, 14, 2, 12, 0, 0, time.UTC), berita.PrecisionMinute, "2025-08-14 02:12 UTC"},
		{time.Date(2025, 8, 14, 2, 12, 0, 0, time.FixedZone("", -5*3600)), berita.PrecisionMinute, "2025-08-14 02:12 -05:00"},
		{time.Date(2023, 7, 11, 0, 0, 0, 0, wita), berita.PrecisionDay, "2023-07-11"},
		{time.Date(2023, 5, 1, 0, 0, 0, 0, wita), berita.PrecisionMonth, "2023-05"},
		{time.Date(2023, 1, 1, 0, 0, 0, 0, wita), berita.PrecisionYear, "2023"},
	}
	for _, tt := range tests {
		if got := formatTime(tt.t, tt.p); got != tt.want {
			t.Errorf("formatTime(%v, %v) = %q, want %q", tt.t, tt.p, got, tt.want)
		}
	}
}

func TestProgressLine(t *testing.T) {
	st := &stats{unit: "records", done: 1200, failed: 3, bytesDone: 25, bytesTotal: 100}
	assert.Equal(t, "1200 records, 3 failed, 400.0/s, 0:03 elapsed, ETA 0:09", st.line(3*time.Second))
	st.bytesTotal = -1
	assert.Equal(t, "1200 records, 3 failed, 400.0/s, 0:03 elapsed", st.line(3*time.Second))
	assert.Equal(t, "1:01:01", clock(time.Hour+61*time.Second))

	// On a terminal the line shows once the batch has run a second, and is
	// cleared before the summary.
	var buf bytes.Buffer
	start := time.Unix(0, 0)
	clockNow := start
	st = &stats{w: &buf, tty: true, unit: "files", start: start, now: func() time.Time { return clockNow }, outlets: map[string]int{}, bytesTotal: 10}
	st.add(&result{status: record.Parsed, outlet: "Kompas.com", size: 5})
	st.progress(false)
	assert.Empty(t, buf.String(), "not before a second")
	clockNow = start.Add(2 * time.Second)
	st.progress(false)
	assert.Equal(t, "\r\x1b[K1 files, 0 failed, 0.5/s, 0:02 elapsed, ETA 0:02", buf.String())
	buf.Reset()
	st.finish()
	assert.Equal(t, "\r\x1b[Kberita: 1 parsed, 0 failed, 0 skipped (not articles); Kompas.com 1; 1 files in 2s, 0.5/s\n", buf.String())

	// Not a terminal, or -q: no progress line.
	for _, st := range []*stats{{w: &buf, now: func() time.Time { return clockNow }}, {w: &buf, tty: true, quiet: true, now: func() time.Time { return clockNow }}} {
		buf.Reset()
		st.progress(false)
		assert.Empty(t, buf.String())
	}
}

// TestWriteError checks that a batch stops when its output fails.
func TestWriteError(t *testing.T) {
	files := fixtureFiles(t)
	var errOut bytes.Buffer
	code := run(append([]string{"-j", "2"}, files...), nil, failWriter{}, &errOut)
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut.String(), "disk full")
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// TestMarkdownEscape checks that -o md prints text as itself: no list
// items, emphasis, headings, links or HTML made out of a paragraph.
func TestMarkdownEscape(t *testing.T) {
	for in, want := range map[string]string{
		"- bukan butir":               `\- bukan butir`,
		"+ bukan butir":               `\+ bukan butir`,
		"*Penting* dan _miring_":      `\*Penting\* dan \_miring\_`,
		"1. bukan daftar":             `1\. bukan daftar`,
		"2024) tahun":                 `2024\) tahun`,
		"# bukan judul":               `\# bukan judul`,
		"--- bukan garis":             `\--- bukan garis`,
		"<b>tebal</b> [tautan](x)":    `\<b\>tebal\</b\> \[tautan\](x)`,
		"kode `x` dan C:\\jalan":      "kode \\`x\\` dan C:\\\\jalan",
		"Harga naik 10. Itu wajar.":   "Harga naik 10. Itu wajar.",
		"123456789012. angka panjang": "123456789012. angka panjang",
	} {
		assert.Equal(t, want, mdEscape(in), in)
	}
	a := &berita.Article{Title: "#1 di Asia", Paragraphs: []berita.Paragraph{
		{Text: "- bukan butir", Kind: berita.KindText},
		{Text: "*Penting*", Kind: berita.KindHeading},
	}}
	assert.Equal(t, "# \\#1 di Asia\n\n\\- bukan butir\n\n## \\*Penting\\*\n", string(renderMarkdown(a)))
}

// TestRenderBody checks how -o md and -o text print a body's lists, tables,
// images and embeds: a list as one Markdown list, a table as one Markdown
// table (a cell's "|" escaped), an image where it stands with its credit
// under it, a caption with no picture in italics; in text, items after
// "• " and rows on lines of their own.
func TestRenderBody(t *testing.T) {
	a := &berita.Article{
		Language: "id",
		Paragraphs: []berita.Paragraph{
			{Text: "Syaratnya:", Kind: berita.KindText},
			{Text: "KTP *asli*", Kind: berita.KindItem},
			{Text: "1. Kartu keluarga", Kind: berita.KindItem},
			{Text: "Kota | Harga", Kind: berita.KindRow, Cells: []string{"Kota", "Harga"}},
			{Text: "Solo | Rp 5.000 | naik", Kind: berita.KindRow, Cells: []string{"Solo", "Rp 5.000 | naik"}},
			{Text: "Penutup.", Kind: berita.KindText},
		},
		Images: []berita.Image{
			{URL: "https://example.com/a.jpg", Caption: "Warga [antre] beras.", Credit: "ANTARA FOTO/Nama", Paragraph: 0},
			{Caption: "Tanpa gambar", Credit: "Dok. Istimewa", Paragraph: 5},
			{URL: "https://example.com/b.jpg", Paragraph: 6},
		},
		Embeds: []berita.Embed{{Kind: "youtube", URL: "https://www.youtube.com/embed/x", Paragraph: 3}},
	}
	assert.Equal(t, `![Warga \[antre\] beras.](<https://example.com/a.jpg>)\
Foto: ANTARA FOTO/Nama

Syaratnya:

- KTP \*asli\*
- 1\. Kartu keluarga

[youtube](<https://www.youtube.com/embed/x>)

| Kota | Harga |
| --- | --- |
| Solo | Rp 5.000 \| naik |

*Tanpa gambar*\
Foto: Dok. Istimewa

Penutup.

![](<https://example.com/b.jpg>)
`, string(renderMarkdown(a)))
	assert.Equal(t, "Syaratnya:\n\n• KTP *asli*\n• 1. Kartu keluarga\n\nKota | Harga\nSolo | Rp 5.000 | naik\n\nPenutup.\n", string(renderText(a)))
}

// TestMaxBytes checks that -max-bytes sets the size limit of every kind of
// input: a file over it fails with the library's error, under it parses.
func TestMaxBytes(t *testing.T) {
	file := filepath.Join(fixtures, "kompas-2025.html")
	fi, err := os.Stat(file)
	require.NoError(t, err)
	code, _, errOut := runBerita(t, "", "-max-bytes", strconv.FormatInt(fi.Size()-1, 10), file)
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "input too large")
	code, _, errOut = runBerita(t, "", "-max-bytes", strconv.FormatInt(fi.Size(), 10), file)
	assert.Equal(t, 0, code, errOut)

	archive := filepath.Join(t.TempDir(), "a.warc")
	page, err := os.ReadFile(file)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(archive, warctest.Archive(false, warctest.Response("https://www.kompas.com/read/1", "text/html", string(page))), 0o644))
	code, out, _ := runBerita(t, "", "-max-bytes", "1KiB", archive)
	assert.Equal(t, 1, code)
	assert.Contains(t, out, "input too large")

	code, _, errOut = runBerita(t, "", "-max-bytes", "lots", file)
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "-max-bytes")
}
