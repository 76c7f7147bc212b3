
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "Actor": [
      "Country",
      "Government",
      "Group",
      "MediaOutlet",
      "Organization",
      "Person"
    ],
    "Node": [
      "Article",
      "Claim",
      "Country",
      "Event",
      "Evidence",
      "Government",
      "Group",
      "Location",
      "MediaOutlet",
      "Organization",
      "Person"
    ],
    "PathNode": [
      "Claim",
      "Country",
      "Government",
      "Group",
      "MediaOutlet",
      "Organization",
      "Person"
    ],
    "SearchResult": [
      "Article",
      "Claim",
      "Country",
      "Government",
      "Group",
      "MediaOutlet",
      "Organization",
      "Person"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "Actor": [
      "Country",
      "Government",
      "Group",
      "MediaOutlet",
      "Organization",
      "Person"
    ],
    "Node": [
      "Article",
      "Claim",
      "Country",
      "Event",
      "Evidence",
      "Government",
      "Group",
      "Location",
      "MediaOutlet",
      "Organization",
      "Person"
    ],
    "PathNode": [
      "Claim",
      "Country",
      "Government",
      "Group",
      "MediaOutlet",
      "Organization",
      "Person"
    ],
    "SearchResult": [
      "Article",
      "Claim",
      "Country",
      "Government",
      "Group",
      "MediaOutlet",
      "Organization",
      "Person"
    ]
  }
};
      export default result;
    