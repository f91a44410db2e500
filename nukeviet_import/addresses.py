"""The addresses a NukeViet 4 site answers, from its own configuration.

NukeViet builds every link as `index.php?language=vi&nv={module}&op={op}` and rewrites it on
output (nv_url_rewrite): the language is dropped when `rewrite_optional` is on, the module name
when it is `rewrite_op_mod`, `index.php/` stays in front when the server has no rewrite rules
(`check_rewrite_file` off), articles end in `rewrite_exturl` (.html) and the rest in
`rewrite_endurl` (/). Its request parser (includes/request_uri.php) answers all of these forms
whatever the current setting, and links made under an older setting are still out there, so an
old address is every form that reaches the same page.
"""

import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urlsplit

from wagtail.contrib.redirects.models import Redirect


def change_alias(text):
    """NukeViet's change_alias(): `Võ Trọng Hải` → `Vo-Trong-Hai` (signers' addresses keep the case)."""
    decomposed = unicodedata.normalize("NFD", (text or "").replace("đ", "d").replace("Đ", "D"))
    ascii_text = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "-".join(re.sub(r"[^a-zA-Z0-9]", " ", ascii_text).split())


@dataclass
class SiteAddresses:
    lang: str = "vi"
    lang_multi: bool = False
    site_lang: str = "vi"
    rewrite_optional: bool = False
    rewrite_op_mod: str = ""
    # Not in the database (NukeViet computes it from the server's rewrite rules): None means
    # unknown, and both the `/index.php/…` and the plain forms are redirected.
    check_rewrite_file: bool | None = None
    endurl: str = "/"
    exturl: str = ".html"
    domains: set = field(default_factory=set)
    # module code or data name → the name in addresses (`{prefix}_{lang}_modules.title`)
    names: dict = field(default_factory=dict)
    # (module name, function) → its alias in addresses (`_modfuncs.alias`)
    aliases: dict = field(default_factory=dict)
    # every module's name in addresses → its code (news, laws, voting, feeds…)
    module_files: dict = field(default_factory=dict)
    # module data name → its folder under uploads/ (`module_upload`)
    uploads: dict = field(default_factory=dict)

    @classmethod
    def read(cls, reader, check_rewrite_file=None):
        config = reader.site_config()
        modules = reader.site_modules()
        lang_multi = config.get("lang_multi", "0") == "1"
        names, module_files, uploads = {}, {}, {}
        for row in modules:
            uploads.setdefault(row["module_data"], row.get("module_upload") or row["module_data"])
            module_files[row["title"]] = row["module_file"]
            # The first module of a kind (by weight) owns the plain name: `news` → `tin-tuc`.
            names.setdefault(row["module_data"], row["title"])
            names.setdefault(row["module_file"], row["title"])
        domains = {d.strip().lower() for d in (config.get("my_domains") or "").split(",") if d.strip()}
        site_url = config.get("site_url") or ""
        if site_url:
            domains.add((urlsplit(site_url).hostname or "").lower())
        return cls(
            lang=reader.lang,
            lang_multi=lang_multi,
            site_lang=config.get("site_lang") or reader.lang,
            rewrite_optional=not lang_multi and config.get("rewrite_optional", "0") == "1",
            rewrite_op_mod="" if lang_multi else (config.get("rewrite_op_mod") or ""),
            check_rewrite_file=check_rewrite_file,
            endurl=config.get("rewrite_endurl") or "/",
            exturl=config.get("rewrite_exturl") or ".html",
            domains=domains - {""},
            names=names,
            aliases=reader.function_aliases(),
            module_files=module_files,
            uploads=uploads,
        )

    def name(self, module):
        """The module's name in addresses (its custom name), `module` when the site has no modules table."""
        return self.names.get(module, module)

    def upload_folder(self, module):
        return self.uploads.get(module, module)

    def alias(self, module, function):
        return self.aliases.get((self.name(module), function)) or function

    @property
    def default_language(self):
        """Whether addresses without a language reach this language's pages."""
        return not self.lang_multi or self.lang == self.site_lang

    def forms(self, module, op="", ext=False, query=None):
        """Every address of `index.php?language={lang}&nv={module}&op={op}[&query]`."""
        name = self.name(module)
        query = dict(query or {})
        tail = ""
        if op:
            is_tag = op.startswith("tag/")
            tail = op + ("" if is_tag else (self.exturl if ext else self.endurl))
        langs = [f"/{self.lang}"] + ([""] if self.default_language else [])
        modules = [f"/{name}"] + ([""] if name == self.rewrite_op_mod else [])
        tails = [tail]
        if ext and op:
            # Without `.html` NukeViet answers `…-16/` with a redirect to the article.
            tails.append(op + self.endurl)
        paths = []
        for lang in langs:
            for mod in modules:
                for tail in tails:
                    if not (mod or tail):
                        continue  # the home page
                    path = f"{lang}{mod}/{tail}" if tail else f"{lang}{mod}{self.endurl}"
                    paths.append(path)
        if self.check_rewrite_file is not True:
            paths += ["/index.php" + path for path in paths]
        suffix = f"?{urlencode(query)}" if query else ""
        addresses = [path + suffix for path in paths]
        ops = [op + self.exturl, op] if ext and op else [op]
        for with_lang in [True] + ([False] if self.default_language else []):
            for value in ops:
                params = {"language": self.lang} if with_lang else {}
                params["nv"] = name
                if value:
                    params["op"] = value
                params.update(query)
                addresses.append("/index.php?" + urlencode(params, safe="/"))
                if value == op and name == self.rewrite_op_mod and "/" not in op and op not in self.module_files:
                    # `index.php?nv=rss`: a name that is no module is an op of rewrite_op_mod.
                    params = {"language": self.lang} if with_lang else {}
                    params["nv"] = value
                    params.update(query)
                    addresses.append("/index.php?" + urlencode(params, safe="/"))
        return list(dict.fromkeys(addresses))

    def canonical(self, module, op="", ext=False, query=None):
        """The one address NukeViet writes in its pages for this module and op (as the report
        names an address it could not map)."""
        name = self.name(module)
        suffix = f"?{urlencode(query)}" if query else ""
        if self.check_rewrite_file is False:
            params = {"language": self.lang, "nv": name, **({"op": op} if op else {}), **(query or {})}
            return "/index.php?" + urlencode(params, safe="/")
        lang = "" if self.rewrite_optional else f"/{self.lang}"
        mod = "" if name == self.rewrite_op_mod else f"/{name}"
        if not op:
            return f"{lang}{mod}{self.endurl}" + suffix
        tail = op if op.startswith("tag/") else op + (self.exturl if ext else self.endurl)
        return f"{lang}{mod}/{tail}" + suffix

    def sitemap_forms(self, module):
        """The addresses of a module's sitemap file (all of NukeViet's rewrite variants)."""
        name = self.name(module)
        return [
            f"/sitemap-{self.lang}.{name}.xml",
            *self.forms(module, "sitemap"),
        ]

    def site_sitemap_forms(self):
        return [
            f"/sitemap-{self.lang}.xml",
            "/index.php?nv=SitemapIndex",
            f"/index.php?language={self.lang}&nv=SitemapIndex",
        ]

    def is_local(self, href):
        """A link to the old site: relative, or absolute on one of its domains."""
        parts = urlsplit(href)
        if parts.scheme and parts.scheme not in ("http", "https"):
            return False
        if parts.netloc:
            return (parts.hostname or "").lower() in self.domains
        return bool(parts.path or parts.query)


def normalise(address):
    """An old address as Wagtail's redirects store it (sorted query, no trailing slash, unicode)."""
    parts = urlsplit(address)
    path = parts.path or "/"
    if not path.startswith("/"):
        path = "/" + path
    query = "&".join(f"{k}={v}" for k, v in parse_qsl(parts.query, keep_blank_values=True)) if parts.query else ""
    return Redirect.normalise_path(path + (f"?{query}" if query else ""))
