META
key;value
description;"Generated election 25 ""test""; reference"
num_projects;15
num_votes;4
budget;2722
vote_type;approval
rule;equalshares
PROJECTS
project_id;cost;name;votes;selected
1;250;" Garten ";0;0
2;500;" Garten ";4;0
3;1900;" Garten ";0;0
4;2408.87;Bänke am Teich;0;0
5;857.65;" Garten ";3;0
6;0;"Licht; Weg";0;0
7;1342.23;" Garten ";1;0
8;1650;"Licht; Weg";0;0
9;350;Bänke am Teich;1;0
10;2655.86;"Licht; Weg";2;0
11;500;Baum;4;1
12;250;"Licht; Weg";2;1
13;200;"Licht; Weg";0;1
14;250;Bänke am Teich;0;0
15;500;"Licht; Weg";0;1

VOTES
voter_id;vote;age
1;10,2,11,12,5;21
2;10,2,11,12,5;16
3;11,5,2;none
4;9,2,11,7;59
