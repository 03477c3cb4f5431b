#ifndef ROLEGRAPH_CGRAPHVIZ_SHIM_H
#define ROLEGRAPH_CGRAPHVIZ_SHIM_H
// One header over the system's Graphviz. Swift 6 rejects the mutable C globals that
// describe graph kinds, so they are handed out by value from inline functions, and
// cgraph's `char *` parameters get `const char *` wrappers (cgraph copies the strings).
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

static inline Agdesc_t rg_directed(void) { return Agdirected; }
static inline Agdesc_t rg_undirected(void) { return Agundirected; }
static inline Agdesc_t rg_strictdirected(void) { return Agstrictdirected; }

static inline Agraph_t *rg_agopen(const char *name, Agdesc_t desc) {
    return agopen((char *)name, desc, NULL);
}
static inline Agnode_t *rg_agnode(Agraph_t *g, const char *name, int create) {
    return agnode(g, (char *)name, create);
}
static inline Agedge_t *rg_agedge(Agraph_t *g, Agnode_t *t, Agnode_t *h, const char *name, int create) {
    return agedge(g, t, h, (char *)name, create);
}
static inline Agraph_t *rg_agsubg(Agraph_t *g, const char *name, int create) {
    return agsubg(g, (char *)name, create);
}
static inline int rg_agsafeset(void *obj, const char *name, const char *value, const char *def) {
    return agsafeset(obj, (char *)name, (char *)value, (char *)def);
}
/// NULL when the attribute is not declared for the object's kind.
static inline const char *rg_agget(void *obj, const char *name) {
    return agget(obj, (char *)name);
}
static inline const char *rg_agnameof(void *obj) { return agnameof(obj); }

/// The graph's first subgraph, or NULL; with rg_agnxtsubg walks the direct subgraphs.
static inline Agraph_t *rg_agfstsubg(Agraph_t *g) { return agfstsubg(g); }
static inline Agraph_t *rg_agnxtsubg(Agraph_t *g) { return agnxtsubg(g); }

/// cgraph's agtail/aghead are macros Swift cannot import.
static inline Agnode_t *rg_agtail(Agedge_t *e) { return agtail(e); }
static inline Agnode_t *rg_aghead(Agedge_t *e) { return aghead(e); }
static inline const char *rg_agsymname(Agsym_t *sym) { return sym->name; }

#endif
