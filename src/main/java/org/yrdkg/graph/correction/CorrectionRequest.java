package org.yrdkg.graph.correction;

import java.util.Map;

/** A correction as an analyst asks for it; its id and time are given when it is made. */
public record CorrectionRequest(String kind, String who, String why, Map<String, String> arguments) {
}
