package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/warta-id/berita"
	"github.com/warta-id/berita/internal/warctest"
)

// benchCopies is how many times a batch benchmark's archive or folder holds
// each page: enough records that starting a run costs nothing to speak of.
const benchCopies = 4

// A benchPage is a page for the batch benchmarks, with the URL a crawler
// would have fetched it from.
type benchPage struct {
	url  string
	data []byte
}

// benchPages reads the shared corpus's HTML pages when it is checked out
// beside the repository, and the project's HTML fixtures otherwise.
func benchPages(b *testing.B) (string, []benchPage) {
	b.Helper()
	set, dir := "corpus", corpus
	if _, err := os.Stat(dir); err != nil {
		set, dir = "testdata", fixtures
	}
	names, err := filepath.Glob(filepath.Join(dir, "*.html"))
	if err != nil || len(names) == 0 {
		b.Fatalf("no HTML pages in %s: %v", dir, err)
	}
	var pages []benchPage
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			b.Fatal(err)
		}
		url := "urn:page:" + filepath.Base(n)
		if a, err := berita.ParseHTML(bytes.NewReader(data)); err == nil && a.URL != "" {
			url = a.URL
		}
		pages = append(pages, benchPage{url, data})
	}
	return set, pages
}

// A perCore measures a benchmark's cost per page in the time of one core.
type perCore struct {
	cpu0 time.Duration
	ok   bool
}

// startPerCore starts measuring; call it after the benchmark's setup.
func startPerCore(b *testing.B) *perCore {
	b.ResetTimer()
	cpu0, ok := cpuTime()
	return &perCore{cpu0, ok}
}

// report reports two figures whose inverses are throughputs per core, so
// that runs of any parallelism compare directly:
//
//   - core-ns/page, the elapsed time times the cores at work, over the
//     pages parsed: what the pages cost a machine given to the job;
//   - cpu-ns/page, the CPU time the process used (all threads, the
//     garbage collector's included) over the pages: the same cost, less
//     the time the cores sat idle or were taken by other jobs, which
//     makes it the steadier figure on a shared machine.
func (m *perCore) report(b *testing.B, pages, cores int) {
	b.StopTimer()
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())*float64(cores)/float64(pages), "core-ns/page")
	if cpu1, ok := cpuTime(); ok && m.ok {
		b.ReportMetric(float64((cpu1-m.cpu0).Nanoseconds())/float64(pages), "cpu-ns/page")
	}
}

// BenchmarkBatch measures the command's throughput per core against the
// library's, in one run:
//
//   - ParseHTML/serial parses the pages one after the other in one
//     goroutine: the single-article benchmark.
//   - ParseHTML/parallel parses them on GOMAXPROCS goroutines, which
//     shows what running on every core at once costs the machine itself
//     (shared caches and memory bandwidth, clock speed).
//   - warc, warc.gz and folder run the command with -j GOMAXPROCS over a
//     WARC archive, a gzipped one and a folder of files holding each page
//     benchCopies times.
//
// The ratio of ParseHTML/serial's core-ns/page to a batch's is the batch's
// share of the single-article throughput per core. warc.gz also pays for
// inflating the archive, which the others do not do.
func BenchmarkBatch(b *testing.B) {
	set, pages := benchPages(b)
	cores := runtime.GOMAXPROCS(0)
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	b.Logf("%s: %d pages, GOMAXPROCS %d", set, len(pages), cores)

	b.Run("ParseHTML/serial", func(b *testing.B) {
		b.ReportAllocs()
		m := startPerCore(b)
		n := 0
		for range b.N {
			for _, pg := range pages {
				p := berita.Parser{URL: pg.url, Now: now}
				p.ParseHTML(bytes.NewReader(pg.data))
				n++
			}
		}
		m.report(b, n, 1)
	})
	b.Run("ParseHTML/parallel", func(b *testing.B) {
		b.ReportAllocs()
		var next, n atomic.Int64
		m := startPerCore(b)
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				for range pages {
					pg := pages[int(next.Add(1))%len(pages)]
					p := berita.Parser{URL: pg.url, Now: now}
					p.ParseHTML(bytes.NewReader(pg.data))
					n.Add(1)
				}
			}
		})
		m.report(b, int(n.Load()), cores)
	})

	dir := b.TempDir()
	var recs []warctest.Record
	folder := filepath.Join(dir, "pages")
	if err := os.Mkdir(folder, 0o755); err != nil {
		b.Fatal(err)
	}
	for i := range benchCopies {
		for k, pg := range pages {
			recs = append(recs, warctest.Response(pg.url, "text/html", string(pg.data)))
			name := filepath.Join(folder, fmt.Sprintf("%d-%03d.html", i, k))
			if err := os.WriteFile(name, pg.data, 0o644); err != nil {
				b.Fatal(err)
			}
		}
	}
	for _, in := range []struct {
		name string
		path string
		data []byte
	}{
		{"warc", filepath.Join(dir, "pages.warc"), warctest.Archive(false, recs...)},
		{"warc.gz", filepath.Join(dir, "pages.warc.gz"), warctest.Archive(true, recs...)},
		{"folder", folder, nil},
	} {
		if in.data != nil {
			if err := os.WriteFile(in.path, in.data, 0o644); err != nil {
				b.Fatal(err)
			}
		}
		b.Run(in.name, func(b *testing.B) {
			b.ReportAllocs()
			args := []string{"-q", "-j", strconv.Itoa(cores), "-now", now.Format(time.RFC3339), in.path}
			m := startPerCore(b)
			for range b.N {
				if code := run(args, nil, io.Discard, io.Discard); code != exitOK {
					b.Fatalf("exit status %d", code)
				}
			}
			m.report(b, b.N*len(recs), cores)
		})
	}
}
