package berita

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// withoutSites runs f with the outlet table emptied, so every page goes
// through the generic path as a page of an unknown outlet would.
func withoutSites(f func()) {
	saved := sites
	sites = nil
	defer func() { sites = saved }()
	f()
}

// TestUnknownOutlet parses our fixtures as if their outlets were not in the
// table: title, date and body must still come out.
func TestUnknownOutlet(t *testing.T) {
	files, err := filepath.Glob("testdata/*.html")
	require.NoError(t, err)
	withoutSites(func() {
		for _, file := range files {
			b, err := os.ReadFile(file)
			require.NoError(t, err)
			got, err := ParseHTML(bytes.NewReader(b))
			require.NoError(t, err, file)
			assert.NotEmpty(t, got.Title, file)
			assert.False(t, got.Published.IsZero(), file)
			assert.NotEmpty(t, got.Paragraphs, file)
		}
	})
}

// genericShortfalls are corpus pages the generic path alone reads less well,
// with the reason; their outlet rows are what gets them right.
var genericShortfalls = map[string]string{
	"liputan6-5.html": "a multisection body: the scorer picks the longest section, not all of them",
}

// TestUnknownOutletCorpus removes the outlet table and checks the body of
// every corpus page against its truth: the generic path alone must reach
// body F1 0.90 on each.
func TestUnknownOutletCorpus(t *testing.T) {
	files := corpusInputs(t, ".html")
	withoutSites(func() {
		for _, file := range files {
			tr := loadTruth(t, file)
			b, err := os.ReadFile(file)
			require.NoError(t, err)
			a, err := ParseHTML(bytes.NewReader(b))
			require.NoError(t, err, file)
			p, r := bodyOverlap(tr.Paragraphs, a.Paragraphs)
			f1, min := 2*p*r/(p+r+1e-9), 0.90
			if why, ok := genericShortfalls[filepath.Base(file)]; ok {
				t.Logf("%s: body F1 %.3f without its outlet row (%s)", filepath.Base(file), f1, why)
				min = 0.75
			}
			assert.GreaterOrEqual(t, f1, min, "%s: body F1 (precision %.3f, recall %.3f)", filepath.Base(file), p, r)
			assert.NotEmpty(t, a.Title, file)
		}
	})
}
