package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBinary builds the command and runs it as a user would: one file,
// a folder with -j, and a batch with a failure, checking the exit statuses.
func TestBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "berita")
	build := exec.Command("go", "build", "-o", bin, ".")
	out, err := build.CombinedOutput()
	require.NoError(t, err, "go build: %s", out)

	exe := func(stdin string, args ...string) (int, string, string) {
		cmd := exec.Command(bin, append([]string{"-now", now}, args...)...)
		var stdout, stderr bytes.Buffer
		cmd.Stdin = strings.NewReader(stdin)
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return ee.ExitCode(), stdout.String(), stderr.String()
		}
		require.NoError(t, err)
		return 0, stdout.String(), stderr.String()
	}

	// One file: the same indented JSON as in-process.
	file := filepath.Join(fixtures, "kompas-2025.html")
	code, got, _ := exe("", file)
	assert.Equal(t, 0, code)
	_, want, _ := runBerita(t, "", file)
	assert.Equal(t, want, got)

	// Standard input.
	text, err := os.ReadFile(filepath.Join(fixtures, "tribunnews-lines.txt"))
	require.NoError(t, err)
	code, got, _ = exe(string(text))
	assert.Equal(t, 0, code)
	_, want, _ = runBerita(t, "", filepath.Join(fixtures, "tribunnews-lines.txt"))
	assert.Equal(t, want, got)

	// The fixtures folder: one record per input, in sorted order, and a
	// summary on stderr, which is not a terminal here: no progress line.
	files := fixtureFiles(t)
	code, got, errOut := exe("", "-j", "2", fixtures)
	assert.Equal(t, 0, code, errOut)
	lines := decodeLines(t, got)
	require.Len(t, lines, len(files))
	for i, l := range lines {
		assert.Equal(t, files[i], l.File)
		assert.Empty(t, l.Error)
	}
	assert.NotContains(t, errOut, "\r")
	assert.Regexp(t, `^berita: \d+ parsed, 0 failed, 0 skipped \(not articles\), \d+ files skipped \(not pages\); .* files in .*/s\n$`, errOut)

	// A failure: exit status 1, the batch goes on. -q: nothing on stderr.
	code, got, errOut = exe("", "-q", file, filepath.Join(t.TempDir(), "missing.html"), file)
	assert.Equal(t, 1, code)
	assert.Len(t, decodeLines(t, got), 3)
	assert.Empty(t, errOut)

	// A usage error: exit status 2.
	code, _, errOut = exe("", "-o", "pdf", file)
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "unknown -o")
}
