package org.yrdkg.extract.place;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.yrdkg.document.Document;
import org.yrdkg.document.DocumentReader;

class PlaceRecognizerTest {

    static final PlaceRecognizer RECOGNIZER = new PlaceRecognizer();

    static List<PlaceMention> recognize(String text) {
        Document doc = new DocumentReader().read("t.txt", text.getBytes(UTF_8));
        return RECOGNIZER.recognize(doc);
    }

    /** "surface=name,name" per mention, for compact assertions. */
    static List<String> summary(String text) {
        return recognize(text).stream()
                .map(m -> m.surface() + "=" + m.places().stream().map(Place::name).collect(Collectors.joining(",")))
                .toList();
    }

    @Test
    void smoke() {
        System.out.println(summary("嘉善县与吴江区在示范区内携手，宣城市和溧阳市签订合作协议。杭州余杭、南京江宁共建产业园，沪苏浙皖三省一市推进长三角一体化，绿水青山就是金山银山。"));
    }
}
