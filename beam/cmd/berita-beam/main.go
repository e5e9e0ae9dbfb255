// Command berita-beam parses Indonesian news articles with berita in an
// Apache Beam pipeline: on this machine, or on Dataflow, Flink or Spark for
// a crawl too large for one.
//
// Usage:
//
//	berita-beam [flags] -output PREFIX PATTERN ...
//
// A PATTERN is a file, a glob or a local folder on any Beam filesystem
// (local paths, gs://, s3://): WARC archives (*.warc, *.warc.gz), HTML
// pages and text files, gzipped or not. The records, the same the berita
// command prints for the same inputs, are written as JSON Lines to
// PREFIX-00000-of-0000N.jsonl … (-shards N). The counters of the run
// (parsed, failed, not articles, filtered, skipped WARC records, files that
// are not pages) are Beam metrics, printed on standard error at the end of
// a run the runner reports them for.
//
// -runner picks the runner: prism (the default) runs the pipeline in this
// process, on every core; dataflow, flink and spark submit it (see the
// README for their flags). The exit status is 1 when the pipeline fails or
// any input failed, 2 for a usage error.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"
	beamlog "github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/warta-id/berita"
	"github.com/warta-id/berita/beam/pipeline"
	"github.com/warta-id/berita/internal/record"
)

const usage = `usage: berita-beam [flags] -output PREFIX PATTERN ...

A PATTERN is a file, a glob or a local folder on any Beam filesystem (local
paths, gs://, s3://; gs:// globs take ** across folders): WARC archives
(*.warc, *.warc.gz), HTML pages and text files, gzipped or not. A folder is
walked as berita walks one. Each input's record, the same berita prints for
it, goes to PREFIX-00000-of-0000N.jsonl … (-shards N), in no set order.

-runner picks where it runs: prism (the default) in this process on every
core; dataflow, flink or spark submit it, with the runner's flags (see the
README). Files are the unit of parallelism: one archive is read by one
worker, so a crawl of many archives is what a cluster speeds up.

The article fields -fields takes:
%s.

Flags of berita-beam (the Beam SDK's own, -runner among them, are
documented with the SDK and its runners):
`

var (
	output   = flag.String("output", "", "the shards' `prefix`: PREFIX-00000-of-0000N.jsonl …; a local path, gs:// or s3://")
	shards   = flag.Int("shards", 8, "how many files the records are written to")
	format   = flag.String("format", "auto", "format of the files that are not WARC archives: auto, html or text")
	generic  = flag.Bool("generic", false, "ignore the outlet table: parse every input with the generic rules, as an outlet berita does not know")
	fields   = flag.String("fields", "", "print only these comma-separated article fields (JSON), e.g. title,published,paragraphs")
	outlets  = flag.String("outlet", "", "keep only the articles of these outlets, comma-separated (case-insensitive substring of the outlet name)")
	minWords = flag.Int("min-words", 0, "leave out the articles with fewer `words` in their paragraphs")
	now      = flag.String("now", "", "reference time for relative dates, RFC 3339 (default: the clock when the pipeline starts; a WARC record's capture time for its page)")
	maxBytes = flag.String("max-bytes", fmt.Sprintf("%dMiB", berita.DefaultMaxBytes>>20), "the largest input parsed, in bytes or with a suffix KiB, MiB, GiB; a larger one fails")
)

// ours are the flags of berita-beam, in the order -h lists them.
var ours = []string{"output", "shards", "format", "generic", "fields", "outlet", "min-words", "now", "max-bytes"}

// Exit statuses, as berita's.
const (
	exitOK     = 0
	exitFailed = 1 // the pipeline or an input failed
	exitUsage  = 2 // bad flags or arguments
)

func main() {
	flag.Usage = func() {
		w := flag.CommandLine.Output()
		fmt.Fprintf(w, usage, record.FieldList(76))
		for _, name := range ours {
			f := flag.Lookup(name)
			arg, text := flag.UnquoteUsage(f)
			fmt.Fprintf(w, "  -%s\n    \t%s", strings.TrimSpace(f.Name+" "+arg), text)
			if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" {
				fmt.Fprintf(w, " (default %s)", f.DefValue)
			}
			fmt.Fprintln(w)
		}
	}
	flag.Parse()
	// As berita's batches do: a parse allocates about six times its page,
	// and a heap let grow to five times the live data collects a fifth as
	// often. GOGC in the environment still wins. This holds on a cluster's
	// workers too, which run this same program.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if r := *runners.Runner; r == "" || r == "prism" {
		// The in-process runner logs each job's steps; a submitted job's
		// log says where to follow it.
		beamlog.LogLevel = "warn"
	}
	// On a worker, Init runs the worker and does not return.
	beam.Init()
	os.Exit(run(context.Background(), flag.Args(), os.Stderr))
}

// run builds the pipeline over patterns from the flags and runs it. It
// returns the exit status.
func run(ctx context.Context, patterns []string, stderr io.Writer) int {
	bad := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "berita-beam: "+format+"\n", a...)
		return exitUsage
	}
	o, err := options()
	switch {
	case err != nil:
		return bad("%v", err)
	case len(patterns) == 0:
		return bad("no PATTERN (see -h)")
	case *output == "":
		return bad("-output PREFIX is needed")
	case *shards < 1:
		return bad("-shards %d: want 1 or more", *shards)
	}
	p, s := beam.NewPipelineWithRoot()
	pipeline.Write(s, *output, *shards, pipeline.Parse(s, patterns, o))
	start := time.Now()
	res, err := beamx.RunWithMetrics(ctx, p)
	if err != nil {
		fmt.Fprintf(stderr, "berita-beam: %v\n", err)
		return exitFailed
	}
	if res == nil {
		return exitOK // a runner that reports no metrics, or a job left running
	}
	counts := map[string]int64{}
	for _, c := range res.Metrics().AllMetrics().Counters() {
		if c.Key.Namespace == "berita" {
			counts[c.Key.Name] += c.Result()
		}
	}
	fmt.Fprintf(stderr, "berita-beam: %d parsed, %d failed, %d skipped (not articles), %d filtered out, %d WARC records skipped, %d files skipped (not pages); %d shards %s in %s\n",
		counts["parsed"], counts["failed"], counts["not_articles"], counts["filtered"], counts["skipped"], counts["not_pages"],
		*shards, pipeline.ShardName(*output, 0, *shards), time.Since(start).Round(time.Millisecond))
	if counts["failed"] > 0 {
		return exitFailed
	}
	return exitOK
}

// options reads the flags of the pipeline.
func options() (pipeline.Options, error) {
	o := pipeline.Options{Format: *format, Generic: *generic, Now: time.Now(), MinWords: *minWords}
	if *now != "" {
		t, err := time.Parse(time.RFC3339, *now)
		if err != nil {
			return o, fmt.Errorf("-now: %v", err)
		}
		o.Now, o.NowSet = t, true
	}
	n, err := record.ParseSize(*maxBytes)
	if err != nil {
		return o, fmt.Errorf("-max-bytes: %v", err)
	}
	o.MaxBytes = n
	if *outlets != "" {
		o.Outlets = strings.Split(*outlets, ",")
	}
	if *fields != "" {
		o.Fields = strings.Split(*fields, ",")
	}
	return o, o.Validate()
}
