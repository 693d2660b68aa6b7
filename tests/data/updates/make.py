#!/usr/bin/env python3
"""Writes the linking test pairs under tests/data/updates/: a plan and its
progress update in one layout family, with links.json (the answer, in the
shape of ../shared/corpus-updates/*/links.json) derived from the edit list,
so the answer is right by construction.

Each pair is a list of actions for the plan and a list of edits for the
update; run `python3 make.py` to rewrite every pair. The script is kept so a
reader can see exactly what each pair changes.
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def render_table(title, date, recs):
    out = [f"<html><head><title>{title}</title></head><body>", f"<h1>{title}</h1>", f"<p>Date: {date}</p>"]
    for rid, rtitle, acts in recs:
        out.append(f"<h2>Recommendation {rid}: {rtitle}</h2>")
        out.append("<table><tr><th>Ref</th><th>Action</th><th>Lead officer</th><th>Deadline</th><th>Status</th></tr>")
        for a in acts:
            out.append(f"<tr><td>{a['id']}</td><td>{a['text']}</td><td>{a['lead']}</td><td>{a['deadline']}</td><td>{a['status']}</td></tr>")
        out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def render_numbered(title, date, recs):
    out = [f"# {title}", "", f"Date: {date}", ""]
    for rid, rtitle, acts in recs:
        out += [f"## Recommendation {rid}: {rtitle}", ""]
        for a in acts:
            out += [f"{a['id']} {a['text']}", "", f"Lead: {a['lead']}", "", f"Deadline: {a['deadline']}", "", f"Status: {a['status']}", ""]
    return "\n".join(out)


def render_labelled(title, date, recs):
    out = [f"# {title}", "", f"Date: {date}", ""]
    for rid, rtitle, acts in recs:
        out += [f"## Recommendation {rid}: {rtitle}", ""]
        for a in acts:
            out += [f"What we will do: {a['text']}", "", f"Responsible officer: {a['lead']}", "",
                    f"By when: {a['deadline']}", "", f"Status: {a['status']}", ""]
    return "\n".join(out)


RENDER = {"table": (render_table, "html"), "numbered": (render_numbered, "md"), "labelled": (render_labelled, "md")}


def apply(recs, edits):
    """The update: recs with edits applied. Edits name actions by their base
    text: ("set", text, field, value), ("drop", text), ("add", rec, after_text
    or None, action), ("move", text, before_text). Ids are renumbered in order
    within each recommendation (an insertion shifts the numbers after it)."""
    new = [(rid, t, [dict(a, base=a["text"]) for a in acts]) for rid, t, acts in recs]
    find = lambda text: next((acts, i) for _, _, acts in new for i, a in enumerate(acts) if a["base"] == text)
    for e in edits:
        if e[0] == "set":
            acts, i = find(e[1]); acts[i][e[2]] = e[3]; acts[i].setdefault("changed", []).append(e[2])
        elif e[0] == "drop":
            acts, i = find(e[1]); acts.pop(i)
        elif e[0] == "add":
            acts = next(a for rid, _, a in new if rid == e[1])
            pos = 0 if e[2] is None else find(e[2])[1] + 1
            acts.insert(pos, dict(e[3], base=None))
        elif e[0] == "move":
            acts, i = find(e[1]); a = acts.pop(i); _, j = find(e[2]); acts.insert(j, a)
    for rid, _, acts in new:
        for n, a in enumerate(acts, 1):
            a["id"] = f"{rid}.{n}"
    return new


def write_pair(name, family, council, recs, edits, base_date, update_date):
    render, ext = RENDER[family]
    base = [(rid, t, [dict(a, id=f"{rid}.{n}") for n, a in enumerate(acts, 1)]) for rid, t, acts in recs]
    update = apply(recs, edits)
    d = os.path.join(HERE, name)
    os.makedirs(d, exist_ok=True)
    open(os.path.join(d, f"base.{ext}"), "w").write(render(f"{council} Council action plan", base_date, base))
    open(os.path.join(d, f"update.{ext}"), "w").write(
        render(f"{council} Council action plan: progress update", update_date, update))
    kept = {a["base"] for _, _, acts in update for a in acts if a["base"]}
    links = {
        "base": f"{name}/base.{ext}", "update": f"{name}/update.{ext}", "family": family,
        "links": [{"update_action": a["text"], "base_action": a["base"], "changed": sorted(set(a.get("changed", [])))}
                  for _, _, acts in update for a in acts],
        "removed": [a["text"] for _, _, acts in recs for a in acts if a["text"] not in kept],
    }
    json.dump(links, open(os.path.join(d, "links.json"), "w"), indent=2, ensure_ascii=False)
    print(name, family, len(links["links"]), "update actions")


def A(text, lead, deadline, status):
    return {"text": text, "lead": lead, "deadline": deadline, "status": status}


if __name__ == "__main__":
    import pairs  # the pairs themselves, one module so each is easy to read
    for p in pairs.PAIRS:
        write_pair(**p)
