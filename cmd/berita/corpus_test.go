package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/warta-id/berita"
	"github.com/warta-id/berita/internal/warctest"
)

// corpus is the project's shared corpus of real pages, checked out beside
// the repository. It is read in place, never copied into the repository.
const corpus = "../../../shared/corpus"

func corpusFiles(t *testing.T) []string {
	t.Helper()
	if _, err := os.Stat(corpus); err != nil {
		t.Skip("../../../shared/corpus is not here")
	}
	var files []string
	err := filepath.WalkDir(corpus, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && (strings.HasSuffix(path, ".html") || strings.HasSuffix(path, ".txt")) {
			files = append(files, path)
		}
		return err
	})
	require.NoError(t, err)
	require.NotEmpty(t, files)
	return files
}

// TestCorpusBatch runs the command over the whole corpus folder: a record
// per page in sorted order, each what the library gives for the file on its
// own (the library's accuracy on the corpus is the library's tests'
// business), no failure, and the pages the library refuses counted as
// skipped.
func TestCorpusBatch(t *testing.T) {
	files := corpusFiles(t)
	code, out, errOut := runBerita(t, "", "-j", "2", corpus)
	require.Equal(t, 0, code, errOut)
	lines := decodeLines(t, out)
	require.Len(t, lines, len(files))
	skipped := 0
	for i, l := range lines {
		assert.Equal(t, files[i], l.File)
		a, err := parseAlone(t, files[i], "")
		if err != nil {
			skipped++
			assert.Equal(t, err.Error(), l.Error, l.File)
			continue
		}
		assert.Empty(t, l.Error, l.File)
		assert.Equal(t, a.Title, l.Title, l.File)
		assert.Len(t, l.Paragraphs, len(a.Paragraphs), l.File)
	}
	assert.Contains(t, errOut, "0 failed, "+strconv.Itoa(skipped)+" skipped (not articles)")
}

// TestCorpusWARC writes the corpus's HTML pages into a gzipped WARC, each
// page a response record with its canonical URL as the target, and checks
// that the command finds the same titles as in the pages parsed one by one.
func TestCorpusWARC(t *testing.T) {
	pages, err := filepath.Glob(filepath.Join(corpus, "*.html"))
	require.NoError(t, err)
	if len(pages) == 0 {
		t.Skip("../../../shared/corpus is not here")
	}
	var recs []warctest.Record
	var titles, urls, errs []string
	for i, f := range pages {
		a, err := parseAlone(t, f, "")
		if err != nil {
			require.ErrorIs(t, err, berita.ErrNotArticle, f)
			errs = append(errs, err.Error())
		} else {
			errs = append(errs, "")
		}
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		url := a.URL
		if url == "" {
			url = "urn:corpus:" + filepath.Base(f) // no host: no outlet told from it
		}
		if i%3 == 0 {
			recs = append(recs, warctest.Request(url))
		}
		recs = append(recs, warctest.Response(url, "text/html", string(data)))
		titles = append(titles, a.Title)
		urls = append(urls, url)
	}
	archive := filepath.Join(t.TempDir(), "corpus.warc.gz")
	require.NoError(t, os.WriteFile(archive, warctest.Archive(true, recs...), 0o644))

	code, out, errOut := runBerita(t, "", "-j", "2", archive)
	require.Equal(t, 0, code, errOut)
	lines := decodeLines(t, out)
	require.Len(t, lines, len(pages))
	for i, l := range lines {
		assert.Equal(t, errs[i], l.Error, pages[i])
		if errs[i] == "" {
			assert.Equal(t, urls[i], l.SourceURL)
			assert.Equal(t, titles[i], l.Title, pages[i])
		}
	}
	t.Logf("%d pages; %s", len(pages), strings.TrimSpace(errOut))
}
