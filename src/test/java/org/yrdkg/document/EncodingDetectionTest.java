package org.yrdkg.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.yrdkg.document.DocumentException.Reason;

class EncodingDetectionTest {

    private static final String TEXT = "澄溪市与栖霞湾新区签署合作协议，共建云岭科创园。\n两地将联合招商，总投资12亿元。";

    private final DocumentReader reader = new DocumentReader();

    @Test
    void utf8WithoutBom() {
        assertThat(reader.read("a.txt", TEXT.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(TEXT);
    }

    @Test
    void utf8WithBomLosesTheBom() {
        byte[] bytes = Docs.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(reader.read("a.txt", bytes).text()).isEqualTo(TEXT);
    }

    @Test
    void utf16WithByteOrderMarks() {
        // Java's "UTF-16" encoder writes a big-endian BOM; the LE one is added by hand
        assertThat(reader.read("be.txt", TEXT.getBytes(StandardCharsets.UTF_16)).text()).isEqualTo(TEXT);
        byte[] le = Docs.concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE));
        assertThat(reader.read("le.txt", le).text()).isEqualTo(TEXT);
    }

    @Test
    void utf16WithoutBomIsRecognisedByItsNulBytes() {
        String mixed = "Report 2024: 澄溪市 and Qixia Bay signed 3 agreements.\nPhase 1 covers 120 hectares.";
        assertThat(reader.read("le.txt", mixed.getBytes(StandardCharsets.UTF_16LE)).text()).isEqualTo(mixed);
        assertThat(reader.read("be.txt", mixed.getBytes(StandardCharsets.UTF_16BE)).text()).isEqualTo(mixed);
    }

    @Test
    void utf16WithoutBomMostlyChineseWithAFewLineBreaks() {
        String chinese = "澄溪市与栖霞湾新区签署合作协议共建云岭科创园两地将联合招商引资".repeat(6) + "\n"
                + "青岚镇智能制造小镇今日开园首批入驻企业若干家主要从事智能装备研发与生产".repeat(6);
        assertThat(reader.read("le.txt", chinese.getBytes(StandardCharsets.UTF_16LE)).text()).isEqualTo(chinese);
    }

    @Test
    void utf8WithAStrayNulIsNotTakenForUtf16() {
        byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
        bytes[1 + 2 * 10] = 0;
        Docs.assertRefused(reader, "a.txt", bytes, Reason.BINARY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GBK", "GB18030", "GB2312"})
    void legacyChineseEncodings(String charset) {
        assertThat(reader.read("gb.txt", TEXT.getBytes(Charset.forName(charset))).text()).isEqualTo(TEXT);
    }

    @Test
    void shortGbkTextIsNotMistakenForSomethingElse() {
        String shortText = "青岚镇";
        assertThat(reader.read("gb.txt", shortText.getBytes(Charset.forName("GBK"))).text()).isEqualTo(shortText);
    }

    @Test
    void traditionalTextInBig5() {
        String big5 = "澄溪市與棲霞灣新區簽署合作協議，共建雲嶺科創園，兩地將聯合招商引資。\n預計明年動工，總投資十二億元。";
        assertThat(reader.read("tw.txt", big5.getBytes(Charset.forName("Big5"))).text()).isEqualTo(big5);
    }

    @Test
    void pngIsBinary() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, '\r', 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        Docs.assertRefused(reader, "photo.txt", png, Reason.BINARY)
                .hasMessageContaining("PNG");
    }

    @Test
    void nulBytesInOtherwiseTextualDataAreBinary() {
        byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
        bytes[5] = 0;
        bytes[40] = 0;
        bytes[41] = 0;
        Docs.assertRefused(reader, "a.txt", bytes, Reason.BINARY);
    }

    @Test
    void manyControlCharactersAreBinary() {
        byte[] bytes = new byte[400];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 0x01 + i % 7 : 'a' + i % 26);
        }
        Docs.assertRefused(reader, "a.txt", bytes, Reason.BINARY)
                .hasMessageContaining("control characters");
    }

    @Test
    void bytesValidInNoEncodingAreUndecodable() {
        byte[] bytes = new byte[64];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 2 == 0 ? 0x80 : 0xFF);
        }
        Docs.assertRefused(reader, "a.txt", bytes, Reason.UNDECODABLE)
                .hasMessageContaining("UTF-8");
    }

    @Test
    void emptyAndWhitespaceOnlyAreEmpty() {
        for (byte[] bytes : new byte[][] {new byte[0], " \n\t\r\n　\n".getBytes(StandardCharsets.UTF_8),
                {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', '\n'}}) {
            Docs.assertRefused(reader, "blank.txt", bytes, Reason.EMPTY)
                    .hasMessageContaining("blank.txt");
        }
    }

    @Test
    void sizeLimit() {
        byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
        Docs.assertRefused(new DocumentReader(10), "big.txt", bytes, Reason.TOO_LARGE)
                .hasMessageContaining("limit");
        assertThat(new DocumentReader(bytes.length).read("ok.txt", bytes).text()).isEqualTo(TEXT);
    }

    @Test
    void sizeLimitWhenReadingAFile(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("big.txt"), TEXT.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> new DocumentReader(10).read(file))
                .isInstanceOf(DocumentException.class).hasMessageContaining("big.txt");
        assertThat(reader.read(file).name()).isEqualTo("big.txt");
    }

    @Test
    void unsupportedFileTypeByName() {
        byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
        Docs.assertRefused(reader, "report.docx", bytes, Reason.UNSUPPORTED_TYPE)
                .hasMessageContaining(".docx");
    }

    @Test
    void lineEndingsAreUnified() {
        assertThat(reader.read("crlf.txt", "第一行。\r\n第二行。\r第三行。".getBytes(StandardCharsets.UTF_8)).text())
                .isEqualTo("第一行。\n第二行。\n第三行。");
    }
}
