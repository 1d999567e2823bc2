META
key;value
description;"Generated election 15 ""test""; reference"
num_projects;9
num_votes;3
budget;2866,62
vote_type;ordinal
rule;equalshares
PROJECTS
project_id;cost;name;votes;selected
1;200;"Spielplatz ""Nord""";1;0
2;200;Baum;0;1
3;0;Baum;0;0
4;200;"Licht; Weg";0;0
5;1150;"Licht; Weg";2;0
6;200;Bänke am Teich;1;1
7;100;Bänke am Teich;1;1
8;1333.28;"Spielplatz ""Nord""";1;1
9;200;" Garten ";1;1

VOTES
voter_id;vote;age
1;6,5;none
2;5,8,1;none
3;7,9;none
