package org.sgdx.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.sgdx.cli.ShardPlan.Shard;
import org.sgdx.cli.SweepCommand.Point;
import org.sgdx.cli.SweepCommand.Sweep;

/**
 * The first line of a shard's results file ({@code sgdx sweep --shard i/n}): which shard it is, the identity of the
 * sweep ({@link #specId}), the version of sgdx that ran it, the number of runs the shard holds when complete, and the
 * grid points' identifiers in grid order, so that {@code sgdx sweep merge} needs nothing but the shard files.
 *
 * @param shard shard {@code i} of {@code n}
 * @param runs the number of runs of the complete shard
 * @param specId the SHA-256 of everything in the sweep that appears in a result line ({@link #specId(Sweep)})
 * @param version the version of sgdx that wrote the shard
 * @param engine the engine's name
 * @param seeds the number of runs of each grid point
 * @param configIds the grid points' identifiers, in grid order
 */
record ShardHeader(Shard shard, long runs, String specId, String version, String engine, int seeds,
        List<String> configIds) {

    /** How a header line begins; a result line begins with {@code {"config_id":"}. */
    static final String START = "{\"sgdx_sweep_shard\":";

    ShardHeader {
        configIds = List.copyOf(configIds);
    }

    /** The header of {@code shard} of {@code sweep}, written by this version. */
    static ShardHeader of(Sweep sweep, ShardPlan plan) {
        return new ShardHeader(plan.shard(), plan.size(), specId(sweep), SoftwareInfo.version(), sweep.engine().name(),
                sweep.seeds(), sweep.points().stream().map(Point::id).toList());
    }

    /**
     * The identity of a sweep: the SHA-256 (hex) of its engine and engine settings, its number of seeds, and its grid
     * points in order with their identifiers and parameters as written in the sweep file. Two sweeps with the same
     * identity write the same result lines, byte for byte.
     */
    static String specId(Sweep sweep) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("engine", sweep.engine().name());
        sweep.engine().settings().forEach(n.putObject("settings")::put);
        n.put("seeds", sweep.seeds());
        ArrayNode points = n.putArray("points");
        for (Point p : sweep.points()) {
            ObjectNode o = points.addObject();
            o.put("config_id", p.id());
            p.parameters().forEach(o.putObject("config")::put);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(Json.writeLine(n).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** The header as one line of JSON, without the line break. */
    String line() {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ObjectNode h = root.putObject("sgdx_sweep_shard");
        h.put("shard", shard.index());
        h.put("shards", shard.count());
        h.put("runs", runs);
        h.put("spec_id", specId);
        h.put("version", version);
        h.put("engine", engine);
        h.put("seeds", seeds);
        configIds.forEach(h.putArray("config_ids")::add);
        return Json.writeLine(root);
    }

    /** The header in {@code line}, or {@code null} when the line is not a well-formed shard header. */
    static ShardHeader parse(String line) {
        if (!line.startsWith(START)) {
            return null;
        }
        JsonNode h;
        try {
            h = Json.MAPPER.readTree(line).path("sgdx_sweep_shard");
        } catch (JsonProcessingException e) {
            return null;
        }
        JsonNode ids = h.path("config_ids");
        if (!h.path("shard").isInt() || !h.path("shards").isInt() || !h.path("runs").canConvertToLong()
                || !h.path("spec_id").isTextual() || !h.path("version").isTextual() || !h.path("engine").isTextual()
                || !h.path("seeds").isInt() || h.path("seeds").asInt() < 1 || !ids.isArray()) {
            return null;
        }
        List<String> configIds = new ArrayList<>();
        for (JsonNode id : ids) {
            if (!id.isTextual()) {
                return null;
            }
            configIds.add(id.asText());
        }
        Shard shard;
        try {
            shard = new Shard(h.get("shard").asInt(), h.get("shards").asInt());
        } catch (IllegalArgumentException e) {
            return null;
        }
        return new ShardHeader(shard, h.get("runs").asLong(), h.get("spec_id").asText(), h.get("version").asText(),
                h.get("engine").asText(), h.get("seeds").asInt(), configIds);
    }
}
