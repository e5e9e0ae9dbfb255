package pipeline

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local" // local paths, always
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/warta-id/berita/internal/record"
)

func init() {
	register.DoFn3x1[context.Context, string, func(string, string), error](&expandFn{})
	register.DoFn4x1[context.Context, string, string, func(string), error](&parseFn{})
	register.Emitter1[string]()
	register.Emitter2[string, string]()
}

// The pipeline's counters, in the namespace "berita".
var (
	parsed      = beam.NewCounter("berita", "parsed")
	failed      = beam.NewCounter("berita", "failed")
	notArticles = beam.NewCounter("berita", "not_articles")
	filtered    = beam.NewCounter("berita", "filtered")
	skipped     = beam.NewCounter("berita", "skipped")
	notPages    = beam.NewCounter("berita", "not_pages")
)

// errNoMatch reports a pattern that matches no file.
var errNoMatch = errors.New("berita: no file matches the pattern")

// Parse reads the files the patterns match and returns a PCollection of
// strings: the JSON Lines record of each input, each ending in a newline,
// the same record the berita command prints for it (see Options). It
// panics for options that are not valid, as Options.Validate reports them.
//
// A pattern is a path on a Beam filesystem (local, or gs://, s3:// and any
// other a program registers by importing its package, as berita-beam
// does), or a glob of them as the filesystem expands it
// (gs:// takes "**" across folders, local paths and s3:// do not). A path
// or a match is an input whatever its name: a WARC archive when it is named
// *.warc or *.warc.gz, else a page. A local folder is walked as the command
// walks one, for the *.html, *.htm and *.txt files (gzipped or not) and
// the pages a mirror saves under the server's names. A pattern that
// matches nothing, like a file that cannot be read, is a record with its
// error, and does not stop the pipeline.
func Parse(s beam.Scope, patterns []string, o Options) beam.PCollection {
	s = s.Scope("berita.Parse")
	if err := o.Validate(); err != nil {
		panic(err)
	}
	files := beam.ParDo(s, &expandFn{}, beam.Create(s, toAny(patterns)...))
	// Spread the files over the workers: without it a runner may read them
	// all where the patterns were expanded.
	files = beam.Reshuffle(s, files)
	return beam.ParDo(s, &parseFn{Options: o}, files)
}

func toAny(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// isLocal reports whether a path is on the local filesystem.
func isLocal(path string) bool { return !strings.Contains(path, "://") }

// An expandFn expands a pattern into the files it names: a pair of the
// path and, for a path that cannot be listed, the error's message.
type expandFn struct{}

func (fn *expandFn) ProcessElement(ctx context.Context, pattern string, emit func(string, string)) error {
	glob := strings.ContainsAny(pattern, "*?[")
	if isLocal(pattern) && (!glob || isDir(pattern)) {
		fn.expand(ctx, pattern, emit)
		return nil
	}
	if !glob {
		emit(pattern, "")
		return nil
	}
	fs, err := filesystem.New(ctx, pattern)
	if err != nil {
		return err
	}
	defer fs.Close()
	matches, err := fs.List(ctx, pattern)
	if err != nil {
		return err
	}
	if len(matches) == 0 {
		emit(pattern, errNoMatch.Error())
	}
	for _, m := range matches {
		if isLocal(m) && isDir(m) {
			fn.expand(ctx, m, emit)
			continue
		}
		emit(m, "")
	}
	return nil
}

// expand emits the inputs a local path names as the command lists the
// paths it is given (a folder walked, a file that cannot be read a record
// with the error of os.Stat), and counts a folder's files that are not
// pages.
func (fn *expandFn) expand(ctx context.Context, path string, emit func(string, string)) {
	n := record.Expand(path, func(path string, _ int64, err error) {
		emit(path, errText(err))
	})
	notPages.Inc(ctx, int64(n))
}

// isDir reports whether a local path is a folder.
func isDir(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// A parseFn parses the inputs of a file and emits their records.
type parseFn struct {
	Options Options

	opts record.Options
	fss  map[string]filesystem.Interface // by scheme, opened as needed
}

func (fn *parseFn) Setup() error {
	o, err := fn.Options.record()
	fn.opts = o
	fn.fss = make(map[string]filesystem.Interface)
	return err
}

func (fn *parseFn) Teardown() error {
	for _, fs := range fn.fss {
		fs.Close()
	}
	return nil
}

// open opens a file on its filesystem.
func (fn *parseFn) open(ctx context.Context, path string) (io.ReadCloser, error) {
	scheme := ""
	if i := strings.Index(path, "://"); i > 0 {
		scheme = path[:i]
	}
	fs := fn.fss[scheme]
	if fs == nil {
		var err error
		if fs, err = filesystem.New(ctx, path); err != nil {
			return nil, err
		}
		fn.fss[scheme] = fs
	}
	return fs.OpenRead(ctx, path)
}

func (fn *parseFn) ProcessElement(ctx context.Context, path, listErr string, emit func(string)) error {
	if listErr != "" {
		fn.emit(ctx, &record.Input{Name: path, Err: errors.New(listErr)}, nil, emit)
		return nil
	}
	f, err := fn.open(ctx, path)
	if err != nil {
		fn.emit(ctx, &record.Input{Name: path, Err: err}, nil, emit)
		return nil
	}
	defer f.Close()
	limit := fn.opts.Parser.MaxBytes
	if record.IsWARC(path) {
		record.ReadWARC(f, path, limit, func(record.Skip) { skipped.Inc(ctx, 1) }, func(in *record.Input) bool {
			defer record.Recycle(in.Page)
			var page []byte
			if in.Page != nil {
				page = in.Page.Bytes()
			}
			fn.emit(ctx, in, page, emit)
			return true
		})
		return nil
	}
	buf := record.Pages.Get().(*bytes.Buffer)
	defer record.Recycle(buf)
	in := &record.Input{Name: path}
	if err := record.ReadPage(f, -1, limit, buf); err != nil {
		in.Err = err
	}
	fn.emit(ctx, in, buf.Bytes(), emit)
	return nil
}

// emit parses an input (unless it failed to read), emits its record and
// counts it.
func (fn *parseFn) emit(ctx context.Context, in *record.Input, page []byte, emit func(string)) {
	var line []byte
	var st record.Status
	if in.Err != nil {
		line, st = fn.opts.Line(in, nil, in.Err)
	} else {
		a, err := fn.opts.Parse(in, page)
		line, st = fn.opts.Line(in, a, err)
	}
	switch st {
	case record.Parsed:
		parsed.Inc(ctx, 1)
	case record.Failed:
		failed.Inc(ctx, 1)
	case record.NotArticle:
		notArticles.Inc(ctx, 1)
	case record.Filtered:
		filtered.Inc(ctx, 1)
	case record.Undecodable:
		skipped.Inc(ctx, 1)
	}
	if line != nil {
		emit(string(line))
	}
}
