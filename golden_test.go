package berita

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the testdata/*.golden.json files")

// goldenNow is the reference time of the golden tests, for relative dates.
var goldenNow = time.Date(2026, 11, 27, 12, 0, 0, 0, wib)

// TestGolden parses every fixture in testdata and compares the Article with
// its .golden.json. Run with -update to rewrite them, then read the diff.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	require.NoError(t, err)
	html, err := filepath.Glob("testdata/*.html")
	require.NoError(t, err)
	files = append(files, html...)
	require.NotEmpty(t, files)
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			got := parseFixture(t, file)
			golden := strings.TrimSuffix(file, filepath.Ext(file)) + ".golden.json"
			if *update {
				var buf bytes.Buffer
				enc := json.NewEncoder(&buf)
				enc.SetIndent("", "  ")
				enc.SetEscapeHTML(false)
				require.NoError(t, enc.Encode(got))
				require.NoError(t, os.WriteFile(golden, buf.Bytes(), 0o644))
			}
			b, err := os.ReadFile(golden)
			require.NoError(t, err, "no golden file; run go test -run TestGolden -update")
			var want Article
			require.NoError(t, json.Unmarshal(b, &want))
			// Compare through JSON so that time.Time zones compare by offset.
			assert.Equal(t, mustJSON(t, &want), mustJSON(t, got))
		})
	}
}

func parseFixture(t *testing.T, file string) *Article {
	t.Helper()
	b, err := os.ReadFile(file)
	require.NoError(t, err)
	p := &Parser{Now: goldenNow}
	var a *Article
	if strings.HasSuffix(file, ".html") {
		a, err = p.ParseHTML(bytes.NewReader(b))
	} else {
		a, err = p.ParseText(string(b))
	}
	require.NoError(t, err)
	return a
}

func mustJSON(t *testing.T, a *Article) string {
	t.Helper()
	b, err := json.MarshalIndent(a, "", "  ")
	require.NoError(t, err)
	return string(b)
}

// TestJSONRoundTrip checks that an Article survives JSON unchanged, so the
// CLI's output is a faithful copy of the library's value.
func TestJSONRoundTrip(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.*[lt]")
	for _, file := range files {
		a := parseFixture(t, file)
		b, err := json.Marshal(a)
		require.NoError(t, err)
		var back Article
		require.NoError(t, json.Unmarshal(b, &back))
		b2, err := json.Marshal(&back)
		require.NoError(t, err)
		assert.JSONEq(t, string(b), string(b2), file)
		if !a.Published.IsZero() {
			assert.True(t, a.Published.Equal(back.Published), file)
		}
		back.Published, back.Modified = a.Published, a.Modified
		assert.True(t, reflect.DeepEqual(a.Paragraphs, back.Paragraphs), file)
	}
}
