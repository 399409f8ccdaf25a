package org.passerelle.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How an extracted text is cut into the pages that the reader shows and the search opens. */
class TextPagesTest {

    @Test
    void aTextIsCutAtTheEndOfEachOfItsDocumentsPagesAndLongPagesAgain() {
        assertThat(ExtractionJobs.slices("one\ftwo\fthree\f", 100)).containsExactly("one", "two", "three");
        assertThat(ExtractionJobs.slices("one\f\fthree", 100))
                .as("a blank page keeps the numbering")
                .containsExactly("one", "", "three");
        assertThat(ExtractionJobs.slices("aaaa bbbb cccc\fdd", 10)).containsExactly("aaaa bbbb ", "cccc", "dd");
        assertThat(ExtractionJobs.slices("no breaks at all", 100)).containsExactly("no breaks at all");
        assertThat(ExtractionJobs.slices("\f\f", 100)).isEmpty();
    }
}
