package berita

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

// truth is the part of a ../shared/corpus truth file the tests check.
type truth struct {
	File     string   `json:"file"`
	Title    string   `json:"title"`
	Authors  []string `json:"authors"`
	Editors  []string `json:"editors"`
	Dateline *struct {
		Place  string `json:"place"`
		Outlet string `json:"outlet"`
	} `json:"dateline"`
	Paragraphs []string `json:"paragraphs"`
	Related    []struct {
		Title string `json:"title"`
	} `json:"related"`
}

// corpusInputs returns the corpus inputs with the given extension that have
// a truth file, or skips when ../shared/corpus is absent.
func corpusInputs(t *testing.T, ext string) []string {
	t.Helper()
	dir := filepath.Join(shared, "corpus")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("../shared/corpus is not here")
	}
	files, err := filepath.Glob(filepath.Join(dir, "*"+ext))
	require.NoError(t, err)
	var out []string
	for _, f := range files {
		if _, err := os.Stat(f + ".truth.json"); err == nil {
			out = append(out, f)
		}
	}
	require.NotEmpty(t, out)
	return out
}

func loadTruth(t *testing.T, file string) truth {
	t.Helper()
	b, err := os.ReadFile(file + ".truth.json")
	require.NoError(t, err)
	var tr truth
	require.NoError(t, json.Unmarshal(b, &tr))
	return tr
}

// fold normalises text the way the corpus scorer compares it: width, case,
// quotation marks and dashes folded, white space collapsed, ends trimmed.
func fold(s string) string {
	s = norm.NFKC.String(s)
	s = strings.Map(func(r rune) rune {
		switch r {
		case '‘', '’', '‚', '‛', '`', '´':
			return '\''
		case '“', '”', '„', '‟', '«', '»':
			return '"'
		case '–', '—', '‒', '―', '−':
			return '-'
		}
		if isSpace(r) {
			return ' '
		}
		return unicode.ToLower(r)
	}, s)
	return strings.Trim(strings.Join(strings.Fields(s), " "), " .,:;\"'-")
}

// nameMatch reports whether two credited names agree, one containing the other.
func nameMatch(a, b string) bool {
	a, b = fold(a), fold(b)
	return a != "" && b != "" && (strings.Contains(a, b) || strings.Contains(b, a))
}

// TestCorpusText parses every plain-text input of ../shared/corpus and checks
// what berita supports against the hand-made truth.
func TestCorpusText(t *testing.T) {
	for _, file := range corpusInputs(t, ".txt") {
		t.Run(filepath.Base(file), func(t *testing.T) {
			tr := loadTruth(t, file)
			b, err := os.ReadFile(file)
			require.NoError(t, err)
			a, err := ParseText(string(b))
			require.NoError(t, err)
			checkTruth(t, tr, a)
		})
	}
}

// checkTruth asserts the fields berita supports: dateline, title, related
// titles, no related line or credit left in the body, authors and editors.
func checkTruth(t *testing.T, tr truth, a *Article) {
	t.Helper()
	if tr.Dateline == nil {
		assert.Zero(t, a.Dateline, "dateline")
	} else {
		assert.Equal(t, fold(tr.Dateline.Place), fold(a.Dateline.Place), "dateline place")
		assert.Equal(t, fold(tr.Dateline.Outlet), fold(a.Dateline.Outlet), "dateline outlet")
	}
	assert.Equal(t, fold(tr.Title), fold(a.Title), "title")
	var want, got []string
	for _, r := range tr.Related {
		want = append(want, fold(r.Title))
	}
	for _, r := range a.Related {
		got = append(got, fold(r.Title))
	}
	assert.Equal(t, want, got, "related titles")
	for _, p := range a.Paragraphs {
		if _, _, ok := relatedLine(p.Text); ok {
			t.Errorf("related line left in the body: %q", p.Text)
		}
		for _, r := range want {
			if fold(p.Text) == r {
				t.Errorf("related title left in the body: %q", p.Text)
			}
		}
	}
	assertNames(t, "authors", tr.Authors, a.Authors)
	assertNames(t, "editors", tr.Editors, a.Editors)
}

func assertNames(t *testing.T, what string, want, got []string) {
	t.Helper()
	if len(want) != len(got) {
		t.Errorf("%s = %q, want %q", what, got, want)
		return
	}
	for i := range want {
		if !nameMatch(want[i], got[i]) {
			t.Errorf("%s = %q, want %q", what, got, want)
			return
		}
	}
}
