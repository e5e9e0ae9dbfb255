package pipeline

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	beamlog "github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/warta-id/berita"
	"github.com/warta-id/berita/internal/warctest"
)

const (
	// fixtures is the repository's testdata folder: our own pages.
	fixtures = "../../testdata"
	// corpus is the project's shared corpus of real pages, checked out
	// beside the repository. It is read in place, never copied.
	corpus = "../../../shared/corpus"
	// now is the reference time of the runs that fix one.
	now = "2025-09-01T12:00:00+07:00"
)

// cli is the berita command, built for the tests.
var cli string

// TestMain builds the berita command, whose records the pipeline's must
// equal, and runs the tests with Beam's in-process runner, prism, unless
// -runner names another.
func TestMain(m *testing.M) {
	os.Exit(func() int {
		dir, err := os.MkdirTemp("", "berita-beam-test")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		defer os.RemoveAll(dir)
		cli = filepath.Join(dir, "berita")
		if out, err := exec.Command("go", "build", "-o", cli, "github.com/warta-id/berita/cmd/berita").CombinedOutput(); err != nil {
			fmt.Fprintf(os.Stderr, "go build berita: %v\n%s", err, out)
			return 1
		}
		beamlog.LogLevel = "warn" // the runner's progress, not the tests'
		return ptest.MainRetWithDefault(m, "prism")
	}())
}

// runCLI runs the berita command and returns its records, sorted.
func runCLI(t *testing.T, args ...string) []string {
	t.Helper()
	cmd := exec.Command(cli, append([]string{"-q", "-j", "2"}, args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var ee *exec.ExitError
	if !errors.As(err, &ee) {
		require.NoError(t, err, stderr.String())
	}
	return sortedLines(stdout.String())
}

func sortedLines(s string) []string {
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	slices.Sort(lines)
	return lines
}

// run runs the pipeline over patterns into shards files and returns the
// records, sorted, and the counters.
func run(t *testing.T, patterns []string, o Options, shards int) ([]string, map[string]int64) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "out", "berita")
	p, s := beam.NewPipelineWithRoot()
	Write(s, out, shards, Parse(s, patterns, o))
	res, err := ptest.RunWithMetrics(p)
	require.NoError(t, err)

	var all strings.Builder
	for i := range shards {
		data, err := os.ReadFile(ShardName(out, i, shards))
		require.NoError(t, err, "every shard is written")
		all.Write(data)
	}
	files, err := filepath.Glob(filepath.Join(filepath.Dir(out), "*"))
	require.NoError(t, err)
	assert.Len(t, files, shards, "the shards and nothing else: %v", files)

	counts := map[string]int64{}
	for _, c := range res.Metrics().AllMetrics().Counters() {
		if c.Key.Namespace == "berita" {
			counts[c.Key.Name] += c.Result()
		}
	}
	return sortedLines(all.String()), counts
}

// tally counts the records as the counters do.
func tally(lines []string) map[string]int64 {
	counts := map[string]int64{}
	for _, l := range lines {
		switch {
		case strings.Contains(l, `"error":"berita: not an article`):
			counts["not_articles"]++
		case strings.Contains(l, `"error":"berita: Content-Encoding not supported`):
			counts["undecodable"]++
		case strings.Contains(l, `"error":`):
			counts["failed"]++
		default:
			counts["parsed"]++
		}
	}
	return counts
}

// A pageSet is a folder of pages the tests run over.
type pageSet struct {
	name, dir  string
	notArticle int // pages in it that are not articles
}

// pageSets are the repository's fixtures, and the shared corpus when it is
// checked out beside the repository.
func pageSets(t *testing.T) []pageSet {
	sets := []pageSet{{"testdata", fixtures, 0}}
	if _, err := os.Stat(corpus); err == nil {
		n, err := filepath.Glob(filepath.Join(corpus, "non-article", "*.html"))
		require.NoError(t, err)
		sets = append(sets, pageSet{"corpus", corpus, len(n)})
	} else {
		t.Log("../shared/corpus is not here: the fixtures only")
	}
	return sets
}

// TestFolder runs the pipeline over a folder of pages, as the command reads
// one: the same records as the command's, the pages that are not articles
// counted, and the files that are not pages.
func TestFolder(t *testing.T) {
	for _, set := range pageSets(t) {
		t.Run(set.name, func(t *testing.T) {
			want := runCLI(t, "-now", now, set.dir)
			nowT, err := time.Parse(time.RFC3339, now)
			require.NoError(t, err)
			got, counts := run(t, []string{set.dir}, Options{Now: nowT, NowSet: true}, 4)
			require.NotEmpty(t, want)
			assert.Equal(t, want, got)

			wantCounts := tally(want)
			assert.Equal(t, wantCounts["parsed"], counts["parsed"])
			assert.Equal(t, int64(set.notArticle), counts["not_articles"], "the index pages")
			assert.Equal(t, wantCounts["not_articles"], counts["not_articles"])
			assert.Zero(t, counts["failed"])
			assert.Positive(t, counts["not_pages"], "goldens, truth files, READMEs")
		})
	}
}

// TestWARC runs the pipeline over a gzipped WARC archive of a folder's
// HTML pages, with the records a crawl holds beside them (warcinfo,
// requests, an image, an error page, a body in an encoding berita cannot
// decode), and over the same archive uncompressed: the same records as
// the command's, each record's relative dates read against its capture.
func TestWARC(t *testing.T) {
	for _, set := range pageSets(t) {
		t.Run(set.name, func(t *testing.T) {
			var pages []string
			err := filepath.WalkDir(set.dir, func(path string, d fs.DirEntry, err error) error {
				if err == nil && strings.HasSuffix(path, ".html") {
					pages = append(pages, path)
				}
				return err
			})
			require.NoError(t, err)
			recs := []warctest.Record{warctest.Info()}
			for i, f := range pages {
				data, err := os.ReadFile(f)
				require.NoError(t, err)
				url := "urn:page:" + filepath.Base(f) // no host: no outlet told from it
				if a, _ := berita.ParseHTML(bytes.NewReader(data)); a != nil && a.URL != "" {
					url = a.URL
				}
				if i%3 == 0 {
					recs = append(recs, warctest.Request(url))
				}
				rec := warctest.Response(url, "text/html", string(data))
				rec.Date = time.Date(2024, 1, 1+i%28, 3, 0, 0, 0, time.UTC).Format(time.RFC3339)
				recs = append(recs, rec)
			}
			notFound := warctest.Response("https://contoh.id/hilang", "text/html", "<p>Halaman tidak ditemukan</p>").WithStatus("404 Not Found")
			brotli := warctest.Response("https://contoh.id/br", "text/html", "xx").WithEncoding("br")
			recs = append(recs, warctest.Response("https://contoh.id/logo.png", "image/png", "\x89PNG\r\n"), notFound, brotli)
			dir := t.TempDir()
			for _, gz := range []bool{true, false} {
				archive := filepath.Join(dir, "crawl.warc")
				if gz {
					archive += ".gz"
				}
				require.NoError(t, os.WriteFile(archive, warctest.Archive(gz, recs...), 0o644))

				want := runCLI(t, archive) // no -now: each record's capture
				got, counts := run(t, []string{archive}, Options{Now: time.Now()}, 3)
				require.Len(t, want, len(pages)+1, "a record per page, and the undecodable one")
				assert.Equal(t, want, got)

				wantCounts := tally(want)
				assert.Equal(t, wantCounts["parsed"], counts["parsed"])
				assert.Equal(t, int64(set.notArticle), counts["not_articles"], "the index pages")
				assert.Zero(t, counts["failed"])
				skips := int64(1 + (len(pages)+2)/3 + 3) // warcinfo, requests, image, 404, undecodable
				assert.Equal(t, skips, counts["skipped"])
			}
		})
	}
}

// TestOptions runs the pipeline with the command's options: filters,
// -fields, -generic and -format, over the fixtures and files that fail.
func TestOptions(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "missing.html")
	nowT, err := time.Parse(time.RFC3339, now)
	require.NoError(t, err)
	for _, tt := range []struct {
		args []string
		o    Options
	}{
		{[]string{"-min-words", "250", "-outlet", "kompas,tribun"}, Options{MinWords: 250, Outlets: []string{"KOMPAS", " tribun"}}},
		{[]string{"-fields", "title,published,authors", "-generic"}, Options{Fields: []string{"title", "published", "authors"}, Generic: true}},
		{[]string{"-format", "text", "-max-bytes", "20KiB"}, Options{Format: "text", MaxBytes: 20 << 10}},
	} {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			inputs := []string{fixtures, filepath.Join(fixtures, "kompas-2025.html"), missing}
			want := runCLI(t, append(append([]string{"-now", now}, tt.args...), inputs...)...)
			tt.o.Now, tt.o.NowSet = nowT, true
			got, counts := run(t, inputs, tt.o, 2)
			require.NotEmpty(t, want)
			assert.Equal(t, want, got)
			assert.Equal(t, tally(want)["failed"], counts["failed"])
			assert.Positive(t, counts["failed"], "the missing file at least")
		})
	}
}

// TestGlob checks that the matches of a glob are inputs, and that a
// pattern matching nothing is a record with its error.
func TestGlob(t *testing.T) {
	pattern := filepath.Join(fixtures, "kompas-*.html")
	matches, err := filepath.Glob(pattern)
	require.NoError(t, err)
	nothing := filepath.Join(fixtures, "nothing-*.html")
	got, counts := run(t, []string{pattern, nothing}, Options{}, 1)
	require.Len(t, got, len(matches)+1)
	assert.Equal(t, int64(len(matches)), counts["parsed"])
	assert.Equal(t, int64(1), counts["failed"])
	assert.Contains(t, got, `{"file":"`+nothing+`","error":"berita: no file matches the pattern"}`+"\n")
}

// TestShards writes one record to four shards: every shard is written,
// three of them empty, so that a reader finds them all.
func TestShards(t *testing.T) {
	file := filepath.Join(fixtures, "kompas-2025.html")
	got, counts := run(t, []string{file}, Options{Fields: []string{"title"}}, 4)
	assert.Equal(t, []string{`{"file":"` + file + `","title":"Banjir Rob Rendam Tiga Kelurahan di Pesisir Semarang Utara"}` + "\n"}, got)
	assert.Equal(t, int64(1), counts["parsed"])
}

func TestValidate(t *testing.T) {
	assert.NoError(t, Options{}.Validate())
	assert.ErrorContains(t, Options{Format: "pdf"}.Validate(), `unknown format "pdf"`)
	assert.ErrorContains(t, Options{MinWords: -1}.Validate(), "MinWords -1")
	assert.ErrorContains(t, Options{Fields: []string{"title", "judul"}}.Validate(), `no field "judul"`)
}
