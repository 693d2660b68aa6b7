import json, os, re, html as H
OUT = __import__("os").path.dirname(__import__("os").path.dirname(__import__("os").path.abspath(__file__)))

def D(kind, start=None, end=None, parts=None):
    d = {"kind": kind, "start": start, "end": end}
    if parts is not None:
        d["parts"] = parts
    return d

def P(kind, start=None, end=None):
    return {"kind": kind, "start": start, "end": end}

def R(rid, rtitle, aid, text, lead, raw, dl, status=None, rag=None, optional=False, alts=None):
    r = {"recommendation_id": rid, "recommendation_title": rtitle, "action_id": aid,
         "action_text": text, "lead": lead,
         "deadline_raw": (re.sub(r"\s+", " ", raw).strip() if raw else None),
         "deadline": dl, "status": status, "rag": rag, "optional": optional}
    if alts:
        r["action_text_alternatives"] = alts
    return r

def write(slug, council, title, date, html_text, records):
    return write_gold(slug, council, title, date, records, {"source.html": html_text} if html_text else {})

def write_gold(slug, council, title, date, records, files):
    d = os.path.join(OUT, slug)
    os.makedirs(d, exist_ok=True)
    for name, text in files.items():
        with open(os.path.join(d, name), "w", encoding="utf-8") as f:
            f.write(text)
    g = {"document": slug, "council": council, "title": title, "document_date": date, "records": records}
    with open(os.path.join(d, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(slug, len(records), "records")

e = H.escape
