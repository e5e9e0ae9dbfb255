package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	beamlog "github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fixtures is the repository's testdata folder.
const fixtures = "../../../testdata"

func TestMain(m *testing.M) {
	beamlog.LogLevel = "warn"
	os.Exit(ptest.MainRetWithDefault(m, "prism"))
}

// setFlags sets the command's flags for one test, and back to their
// defaults after it.
func setFlags(t *testing.T, kv ...string) {
	t.Helper()
	for i := 0; i < len(kv); i += 2 {
		require.NoError(t, flag.Set(kv[i], kv[i+1]))
	}
	t.Cleanup(func() {
		for _, name := range ours {
			f := flag.Lookup(name)
			f.Value.Set(f.DefValue)
		}
	})
}

// TestRun runs the command over the fixtures and a missing file: the
// shards written, the counters summed up, exit status 1 for the failure.
func TestRun(t *testing.T) {
	prefix := filepath.Join(t.TempDir(), "out", "berita")
	setFlags(t, "output", prefix, "shards", "3", "fields", "title,url", "now", "2025-09-01T12:00:00+07:00")
	var stderr bytes.Buffer
	code := run(context.Background(), []string{fixtures, filepath.Join(t.TempDir(), "missing.html")}, &stderr)
	assert.Equal(t, exitFailed, code)
	assert.Regexp(t, `^berita-beam: \d+ parsed, 1 failed, 0 skipped \(not articles\), 0 filtered out, 0 WARC records skipped, \d+ files skipped \(not pages\); 3 shards .*/out/berita-00000-of-00003.jsonl in `, stderr.String())
	var lines []string
	for i := range 3 {
		data, err := os.ReadFile(prefix + "-0000" + string(rune('0'+i)) + "-of-00003.jsonl")
		require.NoError(t, err)
		lines = append(lines, strings.Split(strings.TrimSpace(string(data)), "\n")...)
	}
	html, err := filepath.Glob(filepath.Join(fixtures, "*.html"))
	require.NoError(t, err)
	txt, err := filepath.Glob(filepath.Join(fixtures, "*.txt"))
	require.NoError(t, err)
	assert.Len(t, lines, len(html)+len(txt)+1)
	titles := 0
	for _, l := range lines {
		assert.Regexp(t, `^\{"file":"[^"]+"(,"url":"[^"]+")?(,"title":"[^"]+")?\}$|missing.html","error":"stat `, l)
		if strings.Contains(l, `"title":`) {
			titles++
		}
	}
	assert.GreaterOrEqual(t, titles, len(html), "the fields asked for, and each page's title")
}

func TestUsage(t *testing.T) {
	for _, tt := range []struct {
		flags    []string
		patterns []string
		err      string
	}{
		{[]string{"output", "x"}, nil, "no PATTERN"},
		{nil, []string{fixtures}, "-output PREFIX is needed"},
		{[]string{"output", "x", "shards", "0"}, []string{fixtures}, "-shards 0"},
		{[]string{"output", "x", "fields", "judul"}, []string{fixtures}, `no field "judul"`},
		{[]string{"output", "x", "format", "pdf"}, []string{fixtures}, `unknown format "pdf"`},
		{[]string{"output", "x", "now", "kemarin"}, []string{fixtures}, "-now: "},
		{[]string{"output", "x", "max-bytes", "banyak"}, []string{fixtures}, "-max-bytes: "},
	} {
		t.Run(tt.err, func(t *testing.T) {
			setFlags(t, tt.flags...)
			var stderr bytes.Buffer
			assert.Equal(t, exitUsage, run(context.Background(), tt.patterns, &stderr))
			assert.Contains(t, stderr.String(), tt.err)
		})
	}
}
