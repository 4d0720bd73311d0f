/** Where the user is, kept in the URL hash so a reload returns to the same place. */
export type Route = { name: "home" } | { name: "workshop"; id: string; slug: string | undefined };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, "").split("/").filter(Boolean);
  if (parts[0] === "w" && parts[1]) {
    return { name: "workshop", id: decodeURIComponent(parts[1]), slug: parts[2] };
  }
  return { name: "home" };
}

export function routeHash(route: Route): string {
  if (route.name === "home") return "#/";
  const base = `#/w/${encodeURIComponent(route.id)}`;
  return route.slug ? `${base}/${route.slug}` : base;
}
