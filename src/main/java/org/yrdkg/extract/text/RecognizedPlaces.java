package org.yrdkg.extract.text;

import java.util.ArrayList;
import java.util.List;

import org.yrdkg.document.Document;
import org.yrdkg.extract.place.Gazetteer;
import org.yrdkg.extract.place.Place;
import org.yrdkg.extract.place.PlaceMention;
import org.yrdkg.extract.place.PlaceRecognizer;

/** {@link PlaceSource} over the place package's {@link PlaceRecognizer} and its gazetteer. */
public final class RecognizedPlaces implements PlaceSource {

    private final PlaceRecognizer recognizer;

    public RecognizedPlaces(Gazetteer gazetteer) {
        this.recognizer = new PlaceRecognizer(gazetteer, Tokenizer::terms);
    }

    @Override
    public List<List<PlaceHit>> find(Document document) {
        List<List<PlaceHit>> out = new ArrayList<>();
        for (int i = 0; i < document.sentences().size(); i++) out.add(new ArrayList<>());
        for (PlaceMention m : recognizer.recognize(document)) {
            List<PlaceRef> context = new ArrayList<>();
            for (PlaceMention parent : m.parents()) context.addAll(refs(parent.places()));
            out.get(m.sentence()).add(new PlaceHit(m.start(), m.end(), m.surface(), refs(m.places()), context));
        }
        return out;
    }

    @Override
    public List<PlaceRef> ancestors(PlaceRef place) {
        if (place.code() == null) return List.of();
        List<Place> lineage = recognizer.hierarchy(place.code());
        return lineage.size() <= 1 ? List.of() : refs(lineage.subList(1, lineage.size()));
    }

    private static List<PlaceRef> refs(List<Place> places) {
        return places.stream().map(p -> new PlaceRef(p.code(), p.name(), p.type(), p.parentCode())).toList();
    }
}
